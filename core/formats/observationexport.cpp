#include "observationexport.h"

#include <nlohmann/json.hpp>

#include <charconv>

namespace capex {
namespace {

using nlohmann::ordered_json;

ordered_json optionalNumber(const std::optional<double> &value)
{
    return value ? ordered_json(*value) : ordered_json(nullptr);
}

ordered_json optionalText(const std::string &text) { return text.empty() ? ordered_json(nullptr) : ordered_json(text); }

std::string csvField(std::string_view text)
{
    if (text.find_first_of(",\"\r\n") == std::string_view::npos)
        return std::string(text);
    std::string quoted = "\"";
    for (char c : text) {
        if (c == '"')
            quoted += '"';
        quoted += c;
    }
    return quoted + '"';
}

} // namespace

std::string formatExactNumber(double value)
{
    char buffer[400]; // fixed notation of the largest double needs 309 digits
    // Fixed notation, shortest digits that read back exactly: 72220000000, not 7.222e+10.
    auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed);
    return ec == std::errc{} ? std::string(buffer, end) : std::string();
}

const std::vector<std::string> &ObservationExport::csvColumns()
{
    static const std::vector<std::string> columns = {
        "entity", "entity_en", "entity_zh", "metric", "period", "value", "low", "high", "unit", "currency", "kind",
        "grade", "as_of", "note_en", "note_zh", "source_id", "source_publisher", "source_title", "source_url",
        "source_date", "source_via"};
    return columns;
}

std::string ObservationExport::viaText(const Source &source) const
{
    std::string text;
    for (const std::string &id : source.via) {
        const Source *seed = m_dataset.source(id);
        if (!seed)
            continue;
        if (!text.empty())
            text += "; ";
        text += seed->publisher;
        if (!seed->date.empty())
            text += ' ' + seed->date;
    }
    return text;
}

std::string ObservationExport::toJson() const
{
    ordered_json array = ordered_json::array();
    for (const Observation &o : m_dataset.observations) {
        const Entity *entity = m_dataset.entity(o.entity);
        const Source *source = m_dataset.source(o.source);
        ordered_json record;
        record["entity"] = o.entity;
        record["entity_en"] = entity ? entity->nameEn : std::string();
        record["entity_zh"] = entity ? entity->nameZh : std::string();
        record["metric"] = o.metric;
        record["period"] = o.period.toString();
        record["value"] = optionalNumber(o.value);
        record["low"] = optionalNumber(o.low);
        record["high"] = optionalNumber(o.high);
        record["unit"] = o.unit;
        record["currency"] = optionalText(o.currency);
        record["kind"] = kindName(o.kind);
        record["grade"] = gradeName(o.grade);
        record["as_of"] = optionalText(o.asOf);
        record["note_en"] = o.noteEn;
        record["note_zh"] = o.noteZh;
        record["user_entered"] = o.userEntered;
        ordered_json src;
        src["id"] = o.source;
        src["publisher"] = source ? source->publisher : std::string();
        src["title"] = source ? source->title : std::string();
        src["url"] = source ? optionalText(source->url) : ordered_json(nullptr);
        src["date"] = source ? optionalText(source->date) : ordered_json(nullptr);
        src["via"] = source ? optionalText(viaText(*source)) : ordered_json(nullptr);
        record["source"] = std::move(src);
        array.push_back(std::move(record));
    }
    return array.dump(2) + '\n';
}

std::string ObservationExport::toCsv(bool withBom) const
{
    std::string out = withBom ? "\xEF\xBB\xBF" : "";
    const auto &columns = csvColumns();
    for (std::size_t i = 0; i < columns.size(); ++i)
        out += (i ? "," : "") + columns[i];
    out += "\r\n";
    for (const Observation &o : m_dataset.observations) {
        const std::vector<std::string> fields = csvFields(o);
        for (std::size_t i = 0; i < fields.size(); ++i)
            out += (i ? "," : "") + csvField(fields[i]);
        out += "\r\n";
    }
    return out;
}

std::vector<std::string> ObservationExport::csvFields(const Observation &o) const
{
    auto number = [](const std::optional<double> &v) { return v ? formatExactNumber(*v) : std::string(); };
    const Entity *entity = m_dataset.entity(o.entity);
    const Source *source = m_dataset.source(o.source);
    return {o.entity,
            entity ? entity->nameEn : std::string(),
            entity ? entity->nameZh : std::string(),
            o.metric,
            o.period.toString(),
            number(o.value),
            number(o.low),
            number(o.high),
            o.unit,
            o.currency,
            kindName(o.kind),
            gradeName(o.grade),
            o.asOf,
            o.noteEn,
            o.noteZh,
            o.source,
            source ? source->publisher : std::string(),
            source ? source->title : std::string(),
            source ? source->url : std::string(),
            source ? source->date : std::string(),
            source ? viaText(*source) : std::string()};
}

} // namespace capex
