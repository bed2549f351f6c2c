#pragma once

#include "dataset.h"
#include "result.h"

#include <string_view>

namespace capex {

/// What the editor checks before a record the user typed is written, so that a
/// problem is named by its field before the database's constraints refuse it. Field
/// names are the import's column names ("entity", "low", "currency", …).

/// The first problem of `observation` against `store`: MissingField (entity, metric,
/// unit, source, or none of value/low/high), UnknownReference (entity, metric, source),
/// InvalidPeriod, NonFiniteNumber (value, low, high), RangeInverted (field "low": low >
/// high; field "value": the value outside [low, high]), MissingField or NoFxRate
/// (currency of a money metric), InvalidValue (a currency on a non-money metric, an
/// as_of that is no date).
Status checkObservation(const Observation &observation, const Dataset &store);

/// The first problem of `source`: MissingField (publisher, title), InvalidValue (url not
/// http(s), date not YYYY, YYYY-MM or YYYY-MM-DD, language not "en" or "zh").
Status checkSource(const Source &source);

/// An as-of date: YYYY-MM-DD, or YYYY-MM when a statement is dated only to its month.
bool isAsOfDate(std::string_view text);

/// The first problem of a new entity: MissingField (id, name_en), InvalidValue (id not
/// lower-case letters, digits and `_`; unknown type), DuplicateId.
Status checkEntity(const Entity &entity, const Dataset &store);

/// The first problem of a new metric: as checkEntity, with `unit` required.
Status checkMetric(const Metric &metric, const Dataset &store);

/// The entity types of the dataset (company, model, country, project, lab, aggregate).
const std::vector<std::string> &entityTypes();

} // namespace capex
