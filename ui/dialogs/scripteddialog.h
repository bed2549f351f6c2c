#pragma once

#include <QDialog>

#include <functional>
#include <utility>

namespace capex::ui {

/// Runs `dialog` modally and says whether it was accepted; when a test has scripted the
/// next dialog (`scripted`, used once), runs that instead of exec(): it fills the fields
/// and accepts or rejects, so that pages can be driven without a user.
template <typename Dialog> bool runScriptedDialog(Dialog &dialog, std::function<void(Dialog &)> &scripted)
{
    if (scripted) {
        auto fill = std::exchange(scripted, nullptr);
        fill(dialog);
        return dialog.result() == QDialog::Accepted;
    }
    return dialog.exec() == QDialog::Accepted;
}

} // namespace capex::ui
