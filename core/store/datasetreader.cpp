#include "datasetreader.h"
#include "recordcheck.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <tuple>

namespace capex {
namespace {

using nlohmann::json;

/// Reads one JSON object with enough context to blame a file, a line and a field.
/// Throws Error; `DatasetReader::read` turns that into a Result.
class RecordReader
{
public:
    RecordReader(const json &object, const std::string &file, int line) : m_object(object), m_file(file), m_line(line)
    {
        if (!object.is_object())
            fail(ErrorCode::WrongType, {}, {});
    }

    [[noreturn]] void fail(ErrorCode code, const std::string &field, const std::string &detail) const
    {
        throw Error{code, m_file, m_line, 0, field, detail};
    }

    const json &field(const char *key) const
    {
        auto it = m_object.find(key);
        if (it == m_object.end())
            fail(ErrorCode::MissingField, key, {});
        return *it;
    }

    std::string text(const char *key) const
    {
        const json &value = field(key);
        if (!value.is_string())
            fail(ErrorCode::WrongType, key, value.dump());
        return value.get<std::string>();
    }

    std::string nonEmptyText(const char *key) const
    {
        std::string value = text(key);
        if (value.empty())
            fail(ErrorCode::InvalidValue, key, {});
        return value;
    }

    std::string optionalText(const char *key) const
    {
        const json &value = field(key);
        if (value.is_null())
            return {};
        if (!value.is_string())
            fail(ErrorCode::WrongType, key, value.dump());
        return value.get<std::string>();
    }

    std::optional<double> optionalNumber(const char *key) const
    {
        const json &value = field(key);
        if (value.is_null())
            return std::nullopt;
        if (!value.is_number())
            fail(ErrorCode::WrongType, key, value.dump());
        double number = value.get<double>();
        if (!std::isfinite(number))
            fail(ErrorCode::InvalidValue, key, value.dump());
        return number;
    }

    double number(const char *key) const
    {
        auto value = optionalNumber(key);
        if (!value)
            fail(ErrorCode::MissingField, key, {});
        return *value;
    }

    bool flag(const char *key) const
    {
        auto it = m_object.find(key);
        if (it == m_object.end() || it->is_null())
            return false;
        if (!it->is_boolean())
            fail(ErrorCode::WrongType, key, it->dump());
        return it->get<bool>();
    }

    std::vector<std::string> textList(const char *key) const
    {
        const json &value = field(key);
        std::vector<std::string> list;
        if (value.is_null())
            return list;
        if (!value.is_array())
            fail(ErrorCode::WrongType, key, value.dump());
        for (const json &item : value) {
            if (!item.is_string())
                fail(ErrorCode::WrongType, key, item.dump());
            list.push_back(item.get<std::string>());
        }
        return list;
    }

private:
    const json &m_object;
    const std::string &m_file;
    int m_line;
};

struct ParsedFile
{
    std::string name;
    json array;
    std::vector<int> lines;

    int lineOf(std::size_t index) const { return index < lines.size() ? lines[index] : 0; }
};

std::pair<int, int> lineAndColumn(std::string_view text, std::size_t offset)
{
    int line = 1, column = 1;
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
            ++column; // count characters, not UTF-8 continuation bytes
        }
    }
    return {line, column};
}

ParsedFile parseFile(const DatasetFile &file, bool expectArray)
{
    ParsedFile parsed{file.name, {}, {}};
    try {
        parsed.array = json::parse(file.text);
    } catch (const json::parse_error &e) {
        auto [line, column] = lineAndColumn(file.text, e.byte > 0 ? e.byte - 1 : 0);
        throw Error{ErrorCode::JsonSyntax, file.name, line, column, {}, {}};
    } catch (const json::exception &e) { // out_of_range: a number that overflows a double
        throw Error{ErrorCode::JsonSyntax, file.name, 0, 0, {}, e.what()};
    }
    if (expectArray) {
        if (!parsed.array.is_array())
            throw Error{ErrorCode::WrongType, file.name, 1, 1, {}, "array expected"};
        parsed.lines = arrayElementLines(file.text);
    }
    return parsed;
}

template<typename Record>
void requireUniqueIds(const std::vector<Record> &records, const ParsedFile &file)
{
    std::set<std::string> seen;
    for (std::size_t i = 0; i < records.size(); ++i)
        if (!seen.insert(records[i].id).second)
            throw Error{ErrorCode::DuplicateId, file.name, file.lineOf(i), 0, "id", records[i].id};
}

void requireIdentifier(const RecordReader &reader, const char *key, const std::string &id)
{
    for (char c : id)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '.' || c == '-'))
            reader.fail(ErrorCode::InvalidValue, key, id);
}

ParsedFile parseNamed(const std::map<std::string, const DatasetFile *> &byName, const std::string &name, bool array)
{
    auto it = byName.find(name);
    if (it == byName.end())
        throw Error{ErrorCode::FileUnreadable, name, 0, 0, {}, {}};
    return parseFile(*it->second, array);
}

/// The version and release date of dataset.json.
std::pair<int, std::string> readMeta(const std::map<std::string, const DatasetFile *> &byName)
{
    ParsedFile meta = parseNamed(byName, "dataset.json", false);
    RecordReader reader(meta.array, meta.name, 1);
    double version = reader.number("version");
    if (version < 1 || version != std::floor(version))
        reader.fail(ErrorCode::InvalidValue, "version", meta.array["version"].dump());
    return {static_cast<int>(version), reader.nonEmptyText("released")};
}

Dataset readAll(const std::map<std::string, const DatasetFile *> &byName)
{
    auto file = [&](const std::string &name, bool array) { return parseNamed(byName, name, array); };

    Dataset dataset;
    std::tie(dataset.version, dataset.released) = readMeta(byName);

    ParsedFile entities = file("entities.json", true);
    for (std::size_t i = 0; i < entities.array.size(); ++i) {
        RecordReader r(entities.array[i], entities.name, entities.lineOf(i));
        Entity e{r.nonEmptyText("id"), r.nonEmptyText("type"), r.nonEmptyText("name_en"), r.nonEmptyText("name_zh")};
        requireIdentifier(r, "id", e.id);
        dataset.entities.push_back(std::move(e));
    }
    requireUniqueIds(dataset.entities, entities);

    ParsedFile metrics = file("metrics.json", true);
    for (std::size_t i = 0; i < metrics.array.size(); ++i) {
        RecordReader r(metrics.array[i], metrics.name, metrics.lineOf(i));
        Metric m{r.nonEmptyText("id"), r.nonEmptyText("name_en"), r.nonEmptyText("name_zh"), r.nonEmptyText("unit")};
        requireIdentifier(r, "id", m.id);
        dataset.metrics.push_back(std::move(m));
    }
    requireUniqueIds(dataset.metrics, metrics);

    ParsedFile sources = file("sources.json", true);
    for (std::size_t i = 0; i < sources.array.size(); ++i) {
        RecordReader r(sources.array[i], sources.name, sources.lineOf(i));
        Source s;
        s.id = r.nonEmptyText("id");
        requireIdentifier(r, "id", s.id);
        s.publisher = r.nonEmptyText("publisher");
        s.title = r.nonEmptyText("title");
        s.url = r.optionalText("url");
        s.date = r.optionalText("date");
        s.language = r.nonEmptyText("language");
        s.seed = r.flag("seed");
        s.via = r.textList("via");
        dataset.sources.push_back(std::move(s));
    }
    requireUniqueIds(dataset.sources, sources);
    for (std::size_t i = 0; i < dataset.sources.size(); ++i)
        for (const std::string &via : dataset.sources[i].via) {
            const Source *seed = dataset.source(via);
            if (!seed || !seed->seed)
                throw Error{ErrorCode::UnknownReference, sources.name, sources.lineOf(i), 0, "via", via};
        }

    auto requireSource = [&](const RecordReader &r, const std::string &id) {
        if (!dataset.source(id))
            r.fail(ErrorCode::UnknownReference, "source", id);
    };

    ParsedFile observations = file("observations.json", true);
    std::set<std::string> uids;
    for (std::size_t i = 0; i < observations.array.size(); ++i) {
        RecordReader r(observations.array[i], observations.name, observations.lineOf(i));
        Observation o;
        o.uid = r.nonEmptyText("uid");
        if (!uids.insert(o.uid).second)
            r.fail(ErrorCode::DuplicateId, "uid", o.uid);
        o.entity = r.nonEmptyText("entity");
        if (!dataset.entity(o.entity))
            r.fail(ErrorCode::UnknownReference, "entity", o.entity);
        o.metric = r.nonEmptyText("metric");
        if (!dataset.metric(o.metric))
            r.fail(ErrorCode::UnknownReference, "metric", o.metric);
        std::string period = r.nonEmptyText("period");
        auto parsedPeriod = Period::parse(period);
        if (!parsedPeriod)
            r.fail(ErrorCode::InvalidPeriod, "period", period);
        o.period = *parsedPeriod;
        o.value = r.optionalNumber("value");
        o.low = r.optionalNumber("low");
        o.high = r.optionalNumber("high");
        if (o.low && o.high && *o.low > *o.high)
            r.fail(ErrorCode::RangeInverted, "low", std::to_string(*o.low) + " > " + std::to_string(*o.high));
        if (o.value && ((o.low && *o.value < *o.low) || (o.high && *o.value > *o.high)))
            r.fail(ErrorCode::RangeInverted, "value", std::to_string(*o.value));
        o.unit = r.nonEmptyText("unit");
        o.currency = r.optionalText("currency");
        std::string kind = r.nonEmptyText("kind");
        auto parsedKind = parseKind(kind);
        if (!parsedKind)
            r.fail(ErrorCode::InvalidValue, "kind", kind);
        o.kind = *parsedKind;
        std::string grade = r.nonEmptyText("grade");
        auto parsedGrade = parseGrade(grade);
        if (!parsedGrade)
            r.fail(ErrorCode::InvalidValue, "grade", grade);
        o.grade = *parsedGrade;
        o.source = r.nonEmptyText("source");
        requireSource(r, o.source);
        o.asOf = r.optionalText("as_of");
        if (!o.asOf.empty() && !isAsOfDate(o.asOf))
            r.fail(ErrorCode::InvalidPeriod, "as_of", o.asOf);
        o.noteEn = r.optionalText("note_en");
        o.noteZh = r.optionalText("note_zh");
        if (o.isStatement() && !mayBeStatement(o.kind, !o.noteEn.empty() || !o.noteZh.empty()))
            r.fail(ErrorCode::MissingField, "value", {});
        dataset.observations.push_back(std::move(o));
    }

    ParsedFile fx = file("fx.json", true);
    std::set<std::pair<int, std::string>> fxKeys;
    for (std::size_t i = 0; i < fx.array.size(); ++i) {
        RecordReader r(fx.array[i], fx.name, fx.lineOf(i));
        FxRate rate;
        double year = r.number("year");
        rate.year = static_cast<int>(year);
        rate.currency = r.nonEmptyText("currency");
        rate.perUsd = r.number("per_usd");
        if (rate.perUsd <= 0)
            r.fail(ErrorCode::InvalidValue, "per_usd", std::to_string(rate.perUsd));
        rate.source = r.nonEmptyText("source");
        requireSource(r, rate.source);
        if (!fxKeys.insert({rate.year, rate.currency}).second)
            r.fail(ErrorCode::DuplicateId, "year", std::to_string(rate.year) + ' ' + rate.currency);
        dataset.fxRates.push_back(std::move(rate));
    }

    ParsedFile events = file("events.json", true);
    for (std::size_t i = 0; i < events.array.size(); ++i) {
        RecordReader r(events.array[i], events.name, events.lineOf(i));
        Event e{r.nonEmptyText("id"), r.nonEmptyText("date"), r.nonEmptyText("label_en"), r.nonEmptyText("label_zh"),
                r.nonEmptyText("source")};
        auto date = Period::parse(e.date);
        if (!date || date->type != Period::Type::Date)
            r.fail(ErrorCode::InvalidPeriod, "date", e.date);
        requireSource(r, e.source);
        dataset.events.push_back(std::move(e));
    }
    requireUniqueIds(dataset.events, events);

    ParsedFile curves = file("cost_curves.json", true);
    for (std::size_t i = 0; i < curves.array.size(); ++i) {
        RecordReader r(curves.array[i], curves.name, curves.lineOf(i));
        CostCurve c{r.nonEmptyText("id"), r.nonEmptyText("name_en"), r.nonEmptyText("name_zh"),
                    r.optionalNumber("annual_decline"), r.nonEmptyText("source"), r.optionalText("note_en"),
                    r.optionalText("note_zh")};
        if (c.annualDecline && (*c.annualDecline <= 0 || *c.annualDecline >= 1))
            r.fail(ErrorCode::InvalidValue, "annual_decline", std::to_string(*c.annualDecline));
        requireSource(r, c.source);
        dataset.costCurves.push_back(std::move(c));
    }
    requireUniqueIds(dataset.costCurves, curves);
    dataset.buildIndex();
    return dataset;
}

} // namespace

const std::vector<std::string> &DatasetReader::fileNames()
{
    static const std::vector<std::string> names = {"dataset.json", "entities.json", "metrics.json",
                                                   "sources.json", "observations.json", "fx.json",
                                                   "events.json", "cost_curves.json"};
    return names;
}

Result<Dataset> DatasetReader::read(const std::vector<DatasetFile> &files)
{
    std::map<std::string, const DatasetFile *> byName;
    for (const DatasetFile &f : files)
        byName[f.name] = &f;
    try {
        return readAll(byName);
    } catch (const Error &error) {
        return error;
    }
}

Result<int> DatasetReader::version(const std::vector<DatasetFile> &files)
{
    std::map<std::string, const DatasetFile *> byName;
    for (const DatasetFile &f : files)
        byName[f.name] = &f;
    try {
        return readMeta(byName).first;
    } catch (const Error &error) {
        return error;
    }
}

Result<Dataset> DatasetReader::readDirectory(const std::filesystem::path &directory)
{
    std::vector<DatasetFile> files;
    for (const std::string &name : fileNames()) {
        std::ifstream in(directory / name, std::ios::binary);
        if (!in)
            return Error{ErrorCode::FileUnreadable, (directory / name).string(), 0, 0, {}, {}};
        std::ostringstream text;
        text << in.rdbuf();
        files.push_back({name, text.str()});
    }
    return read(files);
}

std::vector<int> arrayElementLines(std::string_view text)
{
    std::vector<int> lines;
    int line = 1;
    int depth = 0;
    bool inString = false, escaped = false, expectElement = false;
    for (char c : text) {
        if (c == '\n')
            ++line;
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        if (expectElement && depth == 1 && c != ']') {
            lines.push_back(line);
            expectElement = false;
        }
        switch (c) {
        case '"': inString = true; break;
        case '[':
        case '{':
            ++depth;
            if (depth == 1 && c == '[')
                expectElement = true;
            break;
        case ']':
        case '}': --depth; break;
        case ',':
            if (depth == 1)
                expectElement = true;
            break;
        default: break;
        }
    }
    return lines;
}

} // namespace capex
