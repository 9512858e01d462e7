// String helpers over std::string_view. Debian's Abseil 20220623 has its own
// absl::string_view, which absl::StrCat and Abseil's hash containers take
// but std::string_view does not convert to. These bridge the two:
// StrCat/StrAppend accept both (plus strings, characters, integers);
// StringMap/StringSet look up std::string keys by std::string_view.
//
//   std::string msg = StrCat(path, ":", line, ": ", message);
//   StringMap<int> counts;  if (counts.contains(sv)) ...
#ifndef CASUS_PIPELINE_STRINGS_H_
#define CASUS_PIPELINE_STRINGS_H_

#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/hash/hash.h"
#include "absl/strings/string_view.h"

namespace casus {
namespace str_cat_internal {

inline void Append(std::string* out, std::string_view s) { out->append(s); }
inline void Append(std::string* out, absl::string_view s) {
  out->append(s.data(), s.size());
}
inline void Append(std::string* out, const std::string& s) { out->append(s); }
inline void Append(std::string* out, const char* s) { out->append(s); }
inline void Append(std::string* out, char c) { out->push_back(c); }
template <typename T,
          typename = std::enable_if_t<std::is_integral_v<T> &&
                                      !std::is_same_v<T, char> &&
                                      !std::is_same_v<T, bool>>>
inline void Append(std::string* out, T v) {
  out->append(std::to_string(v));
}

}  // namespace str_cat_internal

template <typename... Args>
void StrAppend(std::string* out, const Args&... args) {
  (str_cat_internal::Append(out, args), ...);
}

template <typename... Args>
std::string StrCat(const Args&... args) {
  std::string out;
  StrAppend(&out, args...);
  return out;
}

inline absl::string_view ToAbsl(std::string_view s) {
  return absl::string_view(s.data(), s.size());
}
inline std::string_view FromAbsl(absl::string_view s) {
  return std::string_view(s.data(), s.size());
}

// Transparent hash and equality so std::string keys are found by
// std::string_view without a copy.
struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const {
    return absl::Hash<absl::string_view>{}(ToAbsl(s));
  }
};
struct StringEq {
  using is_transparent = void;
  bool operator()(std::string_view a, std::string_view b) const {
    return a == b;
  }
};
template <typename V>
using StringMap = absl::flat_hash_map<std::string, V, StringHash, StringEq>;
using StringSet = absl::flat_hash_set<std::string, StringHash, StringEq>;

// Iterates the lines of a text (without the '\n' and a trailing '\r'),
// numbered from 1.
//   LineReader lines(contents);
//   std::string_view line;
//   while (lines.Next(&line)) Use(lines.number(), line);
class LineReader {
 public:
  explicit LineReader(std::string_view text) : text_(text) {}
  bool Next(std::string_view* line) {
    if (pos_ >= text_.size()) return false;
    size_t nl = text_.find('\n', pos_);
    if (nl == std::string_view::npos) nl = text_.size();
    *line = text_.substr(pos_, nl - pos_);
    if (!line->empty() && line->back() == '\r') line->remove_suffix(1);
    pos_ = nl + 1;
    ++number_;
    return true;
  }
  int number() const { return number_; }

 private:
  std::string_view text_;
  size_t pos_ = 0;
  int number_ = 0;
};

// s without leading and trailing ASCII whitespace.
inline std::string_view StripWhitespace(std::string_view s) {
  auto space = [](char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
           c == '\v';
  };
  while (!s.empty() && space(s.front())) s.remove_prefix(1);
  while (!s.empty() && space(s.back())) s.remove_suffix(1);
  return s;
}

// The words of s split at spaces, empty ones dropped.
inline std::vector<std::string> SplitWords(std::string_view s) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    size_t j = i;
    while (j < s.size() && s[j] != ' ') ++j;
    if (j > i) out.emplace_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

// The alternatives of "a | b | c", each stripped of whitespace; views into
// s, so a caller finds each one's column from data() - s.data(). An empty
// alternative is an empty view where it starts.
inline std::vector<std::string_view> SplitAlternatives(std::string_view s) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i <= s.size()) {
    size_t j = s.find('|', i);
    if (j == std::string_view::npos) j = s.size();
    std::string_view part = StripWhitespace(s.substr(i, j - i));
    out.push_back(part.empty() ? s.substr(i, 0) : part);
    i = j + 1;
  }
  return out;
}

// Lower-case ASCII letters and digits joined by single underscores ("us_congress"),
// the form of norms and concept ids.
inline bool IsSnakeCase(std::string_view s) {
  if (s.empty() || s.front() == '_' || s.back() == '_') return false;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c == '_' && s[i - 1] != '_');
    if (!ok) return false;
  }
  return true;
}

}  // namespace casus

#endif  // CASUS_PIPELINE_STRINGS_H_
