#include "result.h"

namespace capex {

const char *errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::FileUnreadable: return "FileUnreadable";
    case ErrorCode::FileUnwritable: return "FileUnwritable";
    case ErrorCode::JsonSyntax: return "JsonSyntax";
    case ErrorCode::MissingField: return "MissingField";
    case ErrorCode::WrongType: return "WrongType";
    case ErrorCode::InvalidValue: return "InvalidValue";
    case ErrorCode::DuplicateId: return "DuplicateId";
    case ErrorCode::UnknownReference: return "UnknownReference";
    case ErrorCode::RangeInverted: return "RangeInverted";
    case ErrorCode::InvalidPeriod: return "InvalidPeriod";
    case ErrorCode::DatabaseOpen: return "DatabaseOpen";
    case ErrorCode::DatabaseQuery: return "DatabaseQuery";
    case ErrorCode::SchemaTooNew: return "SchemaTooNew";
    case ErrorCode::UnknownParameter: return "UnknownParameter";
    case ErrorCode::ParameterOutOfDomain: return "ParameterOutOfDomain";
    case ErrorCode::DatabaseCorrupt: return "DatabaseCorrupt";
    case ErrorCode::BackupFailed: return "BackupFailed";
    case ErrorCode::InvalidEncoding: return "InvalidEncoding";
    case ErrorCode::UnterminatedQuote: return "UnterminatedQuote";
    case ErrorCode::MalformedQuote: return "MalformedQuote";
    case ErrorCode::TooManyFields: return "TooManyFields";
    case ErrorCode::MissingColumn: return "MissingColumn";
    case ErrorCode::NotANumber: return "NotANumber";
    case ErrorCode::NonFiniteNumber: return "NonFiniteNumber";
    case ErrorCode::NoFxRate: return "NoFxRate";
    case ErrorCode::DuplicateRow: return "DuplicateRow";
    case ErrorCode::ImportRejected: return "ImportRejected";
    case ErrorCode::RecordNotFound:
        return "RecordNotFound";
    case ErrorCode::StillReferenced:
        return "StillReferenced";
    case ErrorCode::NotAWorkbook: return "NotAWorkbook";
    case ErrorCode::OldExcelFormat: return "OldExcelFormat";
    case ErrorCode::WorkbookPartMissing: return "WorkbookPartMissing";
    case ErrorCode::WorkbookPartDamaged: return "WorkbookPartDamaged";
    case ErrorCode::WorkbookPartTooLarge: return "WorkbookPartTooLarge";
    case ErrorCode::UnknownSheet: return "UnknownSheet";
    case ErrorCode::XmlMalformed: return "XmlMalformed";
    case ErrorCode::XmlDoctype: return "XmlDoctype";
    case ErrorCode::InvalidCellReference: return "InvalidCellReference";
    case ErrorCode::SharedStringMissing: return "SharedStringMissing";
    case ErrorCode::CellTooLong: return "CellTooLong";
    case ErrorCode::FormulaError: return "FormulaError";
    case ErrorCode::JsonTruncated: return "JsonTruncated";
    case ErrorCode::SecWrongCompany: return "SecWrongCompany";
    case ErrorCode::SecNoCapexFacts: return "SecNoCapexFacts";
    case ErrorCode::SecNoUserAgent: return "SecNoUserAgent";
    case ErrorCode::SecHttpStatus: return "SecHttpStatus";
    case ErrorCode::SecTimeout: return "SecTimeout";
    case ErrorCode::SecNetwork: return "SecNetwork";
    }
    return "Unknown";
}

std::string sheetLocation(std::string_view file, std::string_view sheet)
{
    std::string location(file);
    if (!sheet.empty()) {
        location += '\x1f';
        location += sheet;
    }
    return location;
}

SheetLocation splitSheetLocation(std::string_view location)
{
    const auto separator = location.find('\x1f');
    if (separator == std::string_view::npos)
        return {location, {}};
    return {location.substr(0, separator), location.substr(separator + 1)};
}

std::string describe(const Error &error)
{
    const SheetLocation at = splitSheetLocation(error.file);
    std::string text(at.file);
    if (!at.sheet.empty())
        text += "[" + std::string(at.sheet) + "]";
    if (error.line > 0)
        text += ':' + std::to_string(error.line);
    if (error.column > 0)
        text += ':' + std::to_string(error.column);
    if (!text.empty())
        text += ": ";
    text += errorCodeName(error.code);
    if (!error.field.empty())
        text += " [" + error.field + ']';
    if (!error.detail.empty())
        text += ' ' + error.detail;
    return text;
}

} // namespace capex
