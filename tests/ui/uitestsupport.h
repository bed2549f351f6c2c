#pragma once

#include "datastore.h"
#include "settings.h"
#include "translation.h"

#include <QDir>
#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace capex::testing {

/// A store on a fresh database in a temporary folder, filled from the bundled dataset,
/// with the settings cleared and the interface in English.
class UiTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ui::Settings::flush(); // a value a test before set is written before the file is cleared
        QSettings().clear();
        ui::Translation::instance().setLanguage(Language::English);
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_TRUE(m_store.open(m_dir.filePath(QStringLiteral("capexlens.db")))) << m_store.errorMessage().toStdString();
    }
    void TearDown() override { ui::Translation::instance().setLanguage(Language::English); }

    QTemporaryDir m_dir;
    ui::DataStore m_store;
};

} // namespace capex::testing
