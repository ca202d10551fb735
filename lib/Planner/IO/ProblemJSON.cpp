//===- ProblemJSON.cpp - JSON problems and solutions ----------------------===//
//
// Part of the memplan project.
//
//===----------------------------------------------------------------------===//

#include "IOSupport.h"

#include "memplan/Planner/ProblemIO.h"

#include "llvm/ADT/StringMap.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/JSON.h"

#include <algorithm>

using namespace memplan;
using io::makeError;

namespace {
/// Reads a JSON problem; every error names the file and the pool or buffer.
class JSONReader {
public:
  JSONReader(llvm::StringRef fileName) : fileName(fileName) {}

  llvm::Expected<Problem> read(llvm::StringRef text);

private:
  llvm::Error error(const llvm::Twine &where, const llvm::Twine &message) {
    return makeError(fileName + ": " + where + ": " + message);
  }
  /// Reads the integer `key` of `object`, if present, into `out`; keys named
  /// "alignment" must also be powers of two.
  llvm::Error readOptionalCount(const llvm::json::Object &object,
                                llvm::StringRef key, const std::string &where,
                                std::optional<uint64_t> &out);
  /// Checks that `value` is an object with a non-empty "name" and no keys
  /// but `allowed`; sets `name`, and `where` to "<kind> '<name>'" for
  /// messages.
  llvm::Expected<const llvm::json::Object *>
  readNamedObject(const llvm::json::Value &value, llvm::StringRef kind,
                  unsigned index, llvm::ArrayRef<llvm::StringRef> allowed,
                  std::string &name, std::string &where);
  llvm::Error readPool(const llvm::json::Value &value, unsigned index);
  llvm::Error readBuffer(const llvm::json::Value &value, unsigned index);
  llvm::Error readBufferPools(const llvm::json::Value &value, Buffer &buffer,
                              const std::string &where);
  llvm::Error readIntervals(const llvm::json::Value &value, Buffer &buffer,
                            const std::string &where);
  llvm::Error readPin(const llvm::json::Object &object, Buffer &buffer,
                      const std::string &where);
  llvm::Error resolveConflicts();
  llvm::Error readNames(const llvm::json::Object &object, llvm::StringRef key,
                        const std::string &where,
                        std::vector<std::string> &names);

  llvm::StringRef fileName;
  Problem problem;
  llvm::StringMap<PoolId> poolIds;
  llvm::StringMap<BufferId> bufferIds;
  /// Per buffer, the conflict names to resolve once every buffer is known.
  std::vector<std::vector<std::string>> conflictNames;
  /// Per buffer, the names of the buffers it may share an address with.
  std::vector<std::vector<std::string>> shareNames;
};
} // namespace

/// The first key of `object` not in `allowed`, in sorted order (the object's
/// own order is a hash order).
static std::optional<std::string>
findUnknownKey(const llvm::json::Object &object,
               llvm::ArrayRef<llvm::StringRef> allowed) {
  std::vector<std::string> unknown;
  for (const auto &entry : object)
    if (!llvm::is_contained(allowed, llvm::StringRef(entry.first)))
      unknown.push_back(entry.first.str());
  if (unknown.empty())
    return std::nullopt;
  return *std::min_element(unknown.begin(), unknown.end());
}

/// The deepest nesting of arrays and objects the reader accepts; a problem
/// needs 4 levels.
constexpr unsigned kMaxNesting = 64;

/// Whether arrays and objects in `text` nest deeper than kMaxNesting.
/// llvm::json::parse recurses once per level, so deeper input must be
/// turned away before it overflows the stack.
static bool isNestedTooDeep(llvm::StringRef text) {
  unsigned depth = 0;
  bool inString = false;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (inString) {
      if (c == '\\')
        ++i;
      else if (c == '"')
        inString = false;
    } else if (c == '"') {
      inString = true;
    } else if (c == '[' || c == '{') {
      if (++depth > kMaxNesting)
        return true;
    } else if ((c == ']' || c == '}') && depth > 0) {
      --depth;
    }
  }
  return false;
}

/// Reads `value` as an integer in [0, 2^63-1]. Only integer literals are
/// accepted: LLVM's parser turns fractions, exponents and integers beyond
/// 2^64-1 into doubles, and integers in [2^63, 2^64) into unsigned values.
static llvm::Expected<uint64_t> readCount(const llvm::json::Value &value) {
  if (std::optional<uint64_t> count = value.getAsUINT64()) {
    if (*count > kMaxProblemBytes)
      return makeError(llvm::Twine(*count) + " exceeds 2^63-1");
    return *count;
  }
  if (std::optional<double> number = value.getAsNumber()) {
    if (*number < 0)
      return makeError("expected a non-negative integer, found a negative "
                       "number");
    return makeError("expected an integer in [0, 2^63-1], found a fraction, "
                     "an exponent or a number beyond 64 bits");
  }
  return makeError("expected a non-negative integer");
}

static llvm::Expected<std::string> readName(const llvm::json::Object &object) {
  const llvm::json::Value *value = object.get("name");
  if (!value)
    return makeError("missing 'name'");
  std::optional<llvm::StringRef> name = value->getAsString();
  if (!name || name->empty())
    return makeError("'name' must be a non-empty string");
  return name->str();
}

llvm::Error JSONReader::readOptionalCount(const llvm::json::Object &object,
                                          llvm::StringRef key,
                                          const std::string &where,
                                          std::optional<uint64_t> &out) {
  const llvm::json::Value *value = object.get(key);
  if (!value)
    return llvm::Error::success();
  llvm::Expected<uint64_t> count = readCount(*value);
  if (!count)
    return error(where, key + ": " + llvm::toString(count.takeError()));
  if (key == "alignment")
    if (llvm::Error bad = io::checkAlignment(*count))
      return error(where, llvm::toString(std::move(bad)));
  out = *count;
  return llvm::Error::success();
}

llvm::Expected<const llvm::json::Object *>
JSONReader::readNamedObject(const llvm::json::Value &value,
                            llvm::StringRef kind, unsigned index,
                            llvm::ArrayRef<llvm::StringRef> allowed,
                            std::string &name, std::string &where) {
  where = llvm::formatv("{0} #{1}", kind, index);
  const llvm::json::Object *object = value.getAsObject();
  if (!object)
    return error(where, "expected an object");
  llvm::Expected<std::string> named = readName(*object);
  if (!named)
    return error(where, llvm::toString(named.takeError()));
  name = *named;
  where = kind.str() + " '" + io::printable(name) + "'";
  if (auto key = findUnknownKey(*object, allowed))
    return error(where, "unknown key '" + io::printable(*key) + "'");
  return object;
}

llvm::Error JSONReader::readPool(const llvm::json::Value &value,
                                 unsigned index) {
  Pool pool;
  std::string where;
  llvm::Expected<const llvm::json::Object *> object =
      readNamedObject(value, "pool", index, {"name", "capacity", "alignment"},
                      pool.name, where);
  if (!object)
    return object.takeError();
  std::optional<uint64_t> alignment;
  if (llvm::Error bad =
          readOptionalCount(**object, "capacity", where, pool.capacity))
    return bad;
  if (llvm::Error bad =
          readOptionalCount(**object, "alignment", where, alignment))
    return bad;
  pool.alignment = alignment.value_or(1);
  if (!poolIds.try_emplace(pool.name, problem.pools.size()).second)
    return error(where, "duplicate pool name");
  problem.pools.push_back(std::move(pool));
  return llvm::Error::success();
}

llvm::Error JSONReader::readBufferPools(const llvm::json::Value &value,
                                        Buffer &buffer,
                                        const std::string &where) {
  const llvm::json::Array *names = value.getAsArray();
  if (!names || names->empty())
    return error(where, "'pools' must be a non-empty array of pool names");
  for (const llvm::json::Value &entry : *names) {
    std::optional<llvm::StringRef> name = entry.getAsString();
    if (!name)
      return error(where, "'pools' must contain pool names");
    auto it = poolIds.find(*name);
    if (it == poolIds.end())
      return error(where, "unknown pool '" + io::printable(*name) + "'");
    if (llvm::is_contained(buffer.candidatePools, it->second))
      return error(where, "pool '" + io::printable(*name) + "' listed twice");
    buffer.candidatePools.push_back(it->second);
  }
  return llvm::Error::success();
}

llvm::Error JSONReader::readIntervals(const llvm::json::Value &value,
                                      Buffer &buffer,
                                      const std::string &where) {
  const llvm::json::Array *intervals = value.getAsArray();
  if (!intervals)
    return error(where, "'intervals' must be an array of [start, end] pairs");
  for (const llvm::json::Value &entry : *intervals) {
    const llvm::json::Array *pair = entry.getAsArray();
    if (!pair || pair->size() != 2)
      return error(where, "'intervals' must be an array of [start, end] pairs");
    llvm::Expected<uint64_t> start = readCount((*pair)[0]);
    if (!start)
      return error(where,
                   "interval start: " + llvm::toString(start.takeError()));
    llvm::Expected<uint64_t> end = readCount((*pair)[1]);
    if (!end)
      return error(where, "interval end: " + llvm::toString(end.takeError()));
    if (*start >= *end)
      return error(where, llvm::formatv("interval [{0}, {1}) does not start "
                                        "before it ends",
                                        *start, *end));
    buffer.intervals.push_back({int64_t(*start), int64_t(*end)});
  }
  return llvm::Error::success();
}

/// A pin: "offset", with "pool" (a pool name) optional when there is one
/// pool. verifyPins checks the pin against the rest of the problem.
llvm::Error JSONReader::readPin(const llvm::json::Object &object,
                                Buffer &buffer, const std::string &where) {
  std::optional<uint64_t> offset;
  if (llvm::Error bad = readOptionalCount(object, "offset", where, offset))
    return bad;
  const llvm::json::Value *poolName = object.get("pool");
  if (!offset) {
    if (poolName)
      return error(where, "'pool' without 'offset' (a pin needs both)");
    return llvm::Error::success();
  }
  PoolId pool = 0;
  if (poolName) {
    std::optional<llvm::StringRef> name = poolName->getAsString();
    if (!name)
      return error(where, "'pool' must be a pool name");
    auto it = poolIds.find(*name);
    if (it == poolIds.end())
      return error(where, "unknown pool '" + io::printable(*name) + "'");
    pool = it->second;
  } else if (problem.pools.size() != 1) {
    return error(where, "'offset' without 'pool' (needed when there is not "
                        "exactly one pool)");
  }
  buffer.pin = Pin{pool, *offset};
  return llvm::Error::success();
}

llvm::Error JSONReader::readBuffer(const llvm::json::Value &value,
                                   unsigned index) {
  Buffer buffer;
  std::string where;
  llvm::Expected<const llvm::json::Object *> object =
      readNamedObject(value, "buffer", index,
                      {"name", "size", "alignment", "pools", "intervals",
                       "conflicts", "shares", "pool", "offset"},
                      buffer.name, where);
  if (!object)
    return object.takeError();
  std::optional<uint64_t> size, alignment;
  if (llvm::Error bad = readOptionalCount(**object, "size", where, size))
    return bad;
  if (!size)
    return error(where, "missing 'size'");
  buffer.size = *size;
  if (llvm::Error bad =
          readOptionalCount(**object, "alignment", where, alignment))
    return bad;
  buffer.alignment = alignment.value_or(1);
  if (const llvm::json::Value *pools = (*object)->get("pools"))
    if (llvm::Error bad = readBufferPools(*pools, buffer, where))
      return bad;
  if (const llvm::json::Value *intervals = (*object)->get("intervals"))
    if (llvm::Error bad = readIntervals(*intervals, buffer, where))
      return bad;
  if (llvm::Error bad = readPin(**object, buffer, where))
    return bad;
  std::vector<std::string> conflicts, shares;
  if (llvm::Error bad = readNames(**object, "conflicts", where, conflicts))
    return bad;
  if (llvm::Error bad = readNames(**object, "shares", where, shares))
    return bad;
  if (!bufferIds.try_emplace(buffer.name, problem.buffers.size()).second)
    return error(where, "duplicate buffer name");
  problem.buffers.push_back(std::move(buffer));
  conflictNames.push_back(std::move(conflicts));
  shareNames.push_back(std::move(shares));
  return llvm::Error::success();
}

/// Reads the optional array of buffer names `key` of a buffer.
llvm::Error JSONReader::readNames(const llvm::json::Object &object,
                                  llvm::StringRef key, const std::string &where,
                                  std::vector<std::string> &names) {
  const llvm::json::Value *value = object.get(key);
  if (!value)
    return llvm::Error::success();
  const llvm::json::Array *array = value->getAsArray();
  if (!array)
    return error(where, "'" + key + "' must be an array of buffer names");
  for (const llvm::json::Value &entry : *array) {
    std::optional<llvm::StringRef> other = entry.getAsString();
    if (!other)
      return error(where, "'" + key + "' must contain buffer names");
    names.push_back(other->str());
  }
  return llvm::Error::success();
}

llvm::Error JSONReader::resolveConflicts() {
  for (BufferId id = 0; id < problem.buffers.size(); ++id) {
    Buffer &buffer = problem.buffers[id];
    std::string where = "buffer '" + io::printable(buffer.name) + "'";
    for (const std::string &name : conflictNames[id]) {
      auto it = bufferIds.find(name);
      if (it == bufferIds.end())
        return error(where, "unknown conflict '" + io::printable(name) + "'");
      if (it->second == id)
        return error(where, "conflicts with itself");
      buffer.explicitConflicts.push_back(it->second);
    }
    for (const std::string &name : shareNames[id]) {
      auto it = bufferIds.find(name);
      if (it == bufferIds.end())
        return error(where, "unknown share '" + io::printable(name) + "'");
      if (it->second == id)
        return error(where, "shares with itself");
      problem.shares.push_back({id, it->second});
    }
  }
  return llvm::Error::success();
}

llvm::Expected<Problem> JSONReader::read(llvm::StringRef text) {
  if (text.trim().empty())
    return makeError(fileName + ": empty file");
  if (isNestedTooDeep(text))
    return makeError(fileName + ": invalid JSON: arrays and objects nested " +
                     "deeper than " + llvm::Twine(kMaxNesting) + " levels");
  llvm::Expected<llvm::json::Value> root = llvm::json::parse(text);
  if (!root)
    return makeError(fileName + ": invalid JSON: " +
                     io::printable(llvm::toString(root.takeError())));
  const llvm::json::Object *object = root->getAsObject();
  const llvm::json::Array *pools = object ? object->getArray("pools") : nullptr;
  const llvm::json::Array *buffers =
      object ? object->getArray("buffers") : nullptr;
  if (!pools || !buffers)
    return makeError(fileName + ": expected an object with arrays 'pools' "
                                "and 'buffers'");
  if (auto key = findUnknownKey(*object, {"pools", "buffers"}))
    return makeError(fileName + ": unknown key '" + io::printable(*key) + "'");
  for (unsigned i = 0; i < pools->size(); ++i)
    if (llvm::Error bad = readPool((*pools)[i], i))
      return std::move(bad);
  for (unsigned i = 0; i < buffers->size(); ++i)
    if (llvm::Error bad = readBuffer((*buffers)[i], i))
      return std::move(bad);
  if (llvm::Error bad = resolveConflicts())
    return std::move(bad);
  if (llvm::Error bad = verifyProblem(problem))
    return io::prefixError(std::move(bad), fileName + ": ");
  return std::move(problem);
}

llvm::Expected<Problem> memplan::readProblemJSON(llvm::StringRef text,
                                                 llvm::StringRef fileName) {
  return JSONReader(fileName).read(text);
}

void memplan::writeProblemJSON(const Problem &problem, llvm::raw_ostream &os) {
  // Each share pair is written on its first buffer.
  std::vector<std::vector<BufferId>> sharesOf(problem.buffers.size());
  for (const SharePair &share : problem.shares)
    sharesOf[share.first].push_back(share.second);
  os << "{\"pools\": [";
  for (PoolId id = 0; id < problem.pools.size(); ++id) {
    const Pool &pool = problem.pools[id];
    os << (id ? ",\n  " : "\n  ");
    llvm::json::OStream json(os);
    json.object([&] {
      json.attribute("name", pool.name);
      if (pool.capacity)
        json.attribute("capacity", int64_t(*pool.capacity));
      if (pool.alignment != 1)
        json.attribute("alignment", int64_t(pool.alignment));
    });
  }
  os << "],\n \"buffers\": [";
  for (BufferId id = 0; id < problem.buffers.size(); ++id) {
    const Buffer &buffer = problem.buffers[id];
    os << (id ? ",\n  " : "\n  ");
    llvm::json::OStream json(os);
    json.object([&] {
      json.attribute("name", buffer.name);
      json.attribute("size", int64_t(buffer.size));
      if (buffer.alignment != 1)
        json.attribute("alignment", int64_t(buffer.alignment));
      if (!buffer.candidatePools.empty())
        json.attributeArray("pools", [&] {
          for (PoolId pool : buffer.candidatePools)
            json.value(problem.pools[pool].name);
        });
      if (!buffer.intervals.empty())
        json.attributeArray("intervals", [&] {
          for (const Interval &interval : buffer.intervals)
            json.array([&] {
              json.value(interval.start);
              json.value(interval.end);
            });
        });
      if (!buffer.explicitConflicts.empty())
        json.attributeArray("conflicts", [&] {
          for (BufferId other : buffer.explicitConflicts)
            json.value(problem.buffers[other].name);
        });
      if (!sharesOf[id].empty())
        json.attributeArray("shares", [&] {
          for (BufferId other : sharesOf[id])
            json.value(problem.buffers[other].name);
        });
      if (buffer.pin) {
        json.attribute("pool", problem.pools[buffer.pin->pool].name);
        json.attribute("offset", int64_t(buffer.pin->offset));
      }
    });
  }
  os << "]}\n";
}

void memplan::writeSolutionJSON(const Problem &problem, const Plan &plan,
                                llvm::raw_ostream &os) {
  os << "{\"algorithm\": " << llvm::json::Value(plan.algorithm)
     << ",\n \"lower_bound\": " << plan.lowerBound << ",\n \"pools\": [";
  for (PoolId id = 0; id < problem.pools.size(); ++id) {
    os << (id ? ",\n  " : "\n  ");
    llvm::json::OStream json(os);
    json.object([&] {
      json.attribute("name", problem.pools[id].name);
      json.attribute("size", int64_t(plan.poolSizes[id]));
    });
  }
  os << "],\n \"buffers\": [";
  for (BufferId id = 0; id < problem.buffers.size(); ++id) {
    os << (id ? ",\n  " : "\n  ");
    llvm::json::OStream json(os);
    json.object([&] {
      json.attribute("name", problem.buffers[id].name);
      json.attribute("pool", problem.pools[plan.placements[id].pool].name);
      json.attribute("offset", int64_t(plan.placements[id].offset));
    });
  }
  os << "]}\n";
}
