#pragma once

#include <QByteArray>
#include <QDate>
#include <QPageSize>
#include <QString>
#include <QStringList>

#include <optional>

namespace capex {
struct Dataset;
}

namespace capex::ui {

class ScenarioDocument;

/// The report of a scenario as one PDF in the current language: a title page (scenario,
/// date, dataset version, contents), the assumptions with each parameter's value, default
/// and source, every chart of the catalog on a page of its own with a paragraph reading it,
/// and the full list of sources. Chinese text is set in Noto Sans CJK SC and embedded.
class ReportWriter
{
public:
    /// `snapshot` and `document` must outlive the writer; the charts are built from them.
    ReportWriter(const Dataset &snapshot, ScenarioDocument &document);

    void setPaper(QPageSize::PageSizeId paper) { m_paper = paper; }
    QPageSize::PageSizeId paper() const { return m_paper; }
    /// The date on the title page and in the captions (today unless set).
    void setDate(const QDate &date) { m_date = date; }

    /// The PDF; empty with `error` set (translated) when it cannot be made.
    QByteArray render(QString *error = nullptr);
    /// Renders and writes `path` through QSaveFile: the reason of a failure, translated, or
    /// an empty string. A failure leaves no file behind.
    QString save(const QString &path);

    /// Pages of the last render, and the title of the section each begins (empty where a
    /// section continues), in order.
    int pageCount() const { return static_cast<int>(m_pageTitles.size()); }
    const QStringList &pageTitles() const { return m_pageTitles; }

    /// "a4" or "letter" (any case).
    static std::optional<QPageSize::PageSizeId> parsePaper(const QString &name);
    /// Letter where the system's locale measures in US units, else A4.
    static QPageSize::PageSizeId defaultPaper();

private:
    const Dataset &m_snapshot;
    ScenarioDocument &m_document;
    QPageSize::PageSizeId m_paper = QPageSize::A4;
    QDate m_date = QDate::currentDate();
    QStringList m_pageTitles;
};

} // namespace capex::ui
