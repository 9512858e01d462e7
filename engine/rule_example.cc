#include "engine/rule_example.h"

#include "pipeline/strings.h"
#include "pipeline/utf8.h"

namespace casus {

absl::StatusOr<std::pair<std::string, std::vector<MarkedSpan>>> ParseMarkedText(
    std::string_view marked) {
  std::string plain;
  std::vector<MarkedSpan> spans;
  uint32_t cps = 0;  // code points written to plain
  size_t i = 0;
  while (i < marked.size()) {
    char c = marked[i];
    if (c == '[') {
      size_t close = marked.find(']', i);
      if (close == std::string_view::npos || close + 1 >= marked.size() ||
          marked[close + 1] != '{') {
        return absl::InvalidArgumentError(
            StrCat("mark at byte ", i, " needs ']{TYPE norm}'"));
      }
      size_t brace = marked.find('}', close);
      if (brace == std::string_view::npos) {
        return absl::InvalidArgumentError(StrCat("unclosed '{' at byte ", close));
      }
      std::string_view surface = marked.substr(i + 1, close - i - 1);
      std::string_view label = marked.substr(close + 2, brace - close - 2);
      MarkedSpan s;
      s.start = cps;
      plain.append(surface);
      cps += static_cast<uint32_t>(CountCodePoints(surface));
      s.end = cps;
      size_t sp = label.find(' ');
      s.type = std::string(label.substr(0, sp));
      if (sp != std::string_view::npos) s.norm = std::string(label.substr(sp + 1));
      spans.push_back(std::move(s));
      i = brace + 1;
      continue;
    }
    plain.push_back(c);
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++cps;
    ++i;
  }
  return std::make_pair(std::move(plain), std::move(spans));
}

}  // namespace casus
