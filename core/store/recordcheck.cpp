#include "recordcheck.h"

#include "observationexport.h"

#include <algorithm>
#include <cmath>

namespace capex {
namespace {

Error problem(ErrorCode code, const char *field, std::string detail = {})
{
    return Error {code, {}, 0, 0, field, std::move(detail)};
}

bool isDate(const std::string &text)
{
    auto period = Period::parse(text);
    return period && period->type == Period::Type::Date;
}

/// YYYY, YYYY-MM or YYYY-MM-DD: what is known of a source's publication date.
bool isSourceDate(const std::string &text)
{
    if (text.size() == 4)
        return std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (text.size() == 7)
        return isDate(text + "-01");
    return isDate(text);
}

bool isIdentifier(const std::string &id)
{
    return !id.empty() && std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-' || c == '.';
    });
}

} // namespace

bool isAsOfDate(std::string_view text)
{
    return text.size() == 7 ? isDate(std::string(text) + "-01") : isDate(std::string(text));
}

const std::vector<std::string> &entityTypes()
{
    static const std::vector<std::string> types = {"company", "model", "country", "project", "lab", "aggregate"};
    return types;
}

Status checkObservation(const Observation &o, const Dataset &store)
{
    if (o.entity.empty())
        return problem(ErrorCode::MissingField, "entity");
    if (!store.entity(o.entity))
        return problem(ErrorCode::UnknownReference, "entity", o.entity);
    if (o.metric.empty())
        return problem(ErrorCode::MissingField, "metric");
    const Metric *metric = store.metric(o.metric);
    if (!metric)
        return problem(ErrorCode::UnknownReference, "metric", o.metric);
    if (Period::parse(o.period.toString()) != o.period)
        return problem(ErrorCode::InvalidPeriod, "period", o.period.toString());
    for (auto [field, number] : {std::pair {"value", &o.value}, std::pair {"low", &o.low}, std::pair {"high", &o.high}})
        if (*number && !std::isfinite(**number))
            return problem(ErrorCode::NonFiniteNumber, field, std::to_string(**number));
    if (o.isStatement() && !mayBeStatement(o.kind, !o.noteEn.empty() || !o.noteZh.empty()))
        return problem(ErrorCode::MissingField, "value");
    if (o.low && o.high && *o.low > *o.high)
        return problem(ErrorCode::RangeInverted, "low", formatExactNumber(*o.low) + " > " + formatExactNumber(*o.high));
    if (o.value && ((o.low && *o.value < *o.low) || (o.high && *o.value > *o.high)))
        return problem(ErrorCode::RangeInverted, "value", formatExactNumber(*o.value));
    if (o.unit.empty())
        return problem(ErrorCode::MissingField, "unit");
    if (metric->unit == "money") {
        if (o.currency.empty())
            return problem(ErrorCode::MissingField, "currency");
        if (!store.fxRate(o.currency, o.period.dominantYear()))
            return problem(ErrorCode::NoFxRate, "currency", o.currency);
    } else if (!o.currency.empty()) {
        return problem(ErrorCode::InvalidValue, "currency", o.currency);
    }
    if (o.source.empty())
        return problem(ErrorCode::MissingField, "source");
    if (!store.source(o.source))
        return problem(ErrorCode::UnknownReference, "source", o.source);
    if (!o.asOf.empty() && !isAsOfDate(o.asOf))
        return problem(ErrorCode::InvalidValue, "as_of", o.asOf);
    return {};
}

Status checkSource(const Source &s)
{
    if (s.publisher.empty())
        return problem(ErrorCode::MissingField, "publisher");
    if (s.title.empty())
        return problem(ErrorCode::MissingField, "title");
    if (!s.url.empty() && s.url.rfind("https://", 0) != 0 && s.url.rfind("http://", 0) != 0)
        return problem(ErrorCode::InvalidValue, "url", s.url);
    if (!s.date.empty() && !isSourceDate(s.date))
        return problem(ErrorCode::InvalidValue, "date", s.date);
    if (s.language != "en" && s.language != "zh")
        return problem(ErrorCode::InvalidValue, "language", s.language);
    return {};
}

Status checkEntity(const Entity &e, const Dataset &store)
{
    if (e.id.empty())
        return problem(ErrorCode::MissingField, "id");
    if (!isIdentifier(e.id))
        return problem(ErrorCode::InvalidValue, "id", e.id);
    if (store.entity(e.id))
        return problem(ErrorCode::DuplicateId, "id", e.id);
    if (std::find(entityTypes().begin(), entityTypes().end(), e.type) == entityTypes().end())
        return problem(ErrorCode::InvalidValue, "type", e.type);
    if (e.nameEn.empty())
        return problem(ErrorCode::MissingField, "name_en");
    return {};
}

Status checkMetric(const Metric &m, const Dataset &store)
{
    if (m.id.empty())
        return problem(ErrorCode::MissingField, "id");
    if (!isIdentifier(m.id))
        return problem(ErrorCode::InvalidValue, "id", m.id);
    if (store.metric(m.id))
        return problem(ErrorCode::DuplicateId, "id", m.id);
    if (m.nameEn.empty())
        return problem(ErrorCode::MissingField, "name_en");
    if (m.unit.empty())
        return problem(ErrorCode::MissingField, "unit");
    return {};
}

} // namespace capex
