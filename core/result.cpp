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
    }
    return "Unknown";
}

std::string describe(const Error &error)
{
    std::string text = error.file;
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
