#include "eval/importers.h"

#include <algorithm>
#include <map>

#include "absl/container/flat_hash_map.h"
#include "pipeline/strings.h"
#include "pipeline/utf8.h"

namespace casus::eval {
namespace {

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace

absl::StatusOr<std::vector<std::vector<std::string>>> ParseCsv(
    std::string_view s, const std::string& name) {
  if (s.substr(0, 3) == "\xEF\xBB\xBF") s.remove_prefix(3);
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> row;
  std::string field;
  bool quoted = false, in_quotes = false;
  int line = 1, row_line = 1;
  size_t i = 0;
  auto end_field = [&] {
    row.push_back(std::move(field));
    field.clear();
    quoted = false;
  };
  while (i < s.size()) {
    char c = s[i];
    if (in_quotes) {
      if (c == '"') {
        if (i + 1 < s.size() && s[i + 1] == '"') {
          field.push_back('"');
          i += 2;
          continue;
        }
        in_quotes = false;
        ++i;
        continue;
      }
      if (c == '\n') ++line;
      field.push_back(c);
      ++i;
      continue;
    }
    if (c == '"') {
      if (!field.empty()) {
        return absl::InvalidArgumentError(
            StrCat(name, ":", line, ": quote inside an unquoted field"));
      }
      in_quotes = quoted = true;
      ++i;
    } else if (c == ',') {
      end_field();
      ++i;
    } else if (c == '\r' && i + 1 < s.size() && s[i + 1] == '\n') {
      ++i;
    } else if (c == '\n') {
      end_field();
      rows.push_back(std::move(row));
      row.clear();
      ++line;
      row_line = line;
      ++i;
    } else {
      field.push_back(c);
      ++i;
    }
  }
  if (in_quotes) {
    return absl::InvalidArgumentError(
        StrCat(name, ":", row_line, ": unterminated quoted field"));
  }
  if (!field.empty() || quoted || !row.empty()) {
    end_field();
    rows.push_back(std::move(row));
  }
  return rows;
}

absl::StatusOr<std::vector<std::string>> ParsePythonStringList(
    std::string_view s) {
  std::vector<std::string> out;
  size_t i = 0;
  auto skip = [&] {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\n' || s[i] == '\t')) ++i;
  };
  skip();
  if (i >= s.size() || s[i] != '[') {
    return absl::InvalidArgumentError("expected '['");
  }
  ++i;
  for (;;) {
    skip();
    if (i < s.size() && s[i] == ']') break;
    if (i >= s.size() || (s[i] != '\'' && s[i] != '"')) {
      return absl::InvalidArgumentError(StrCat("expected a string at ", i));
    }
    char q = s[i++];
    std::string str;
    for (;;) {
      if (i >= s.size()) return absl::InvalidArgumentError("unterminated string");
      char c = s[i++];
      if (c == q) break;
      if (c != '\\') {
        str.push_back(c);
        continue;
      }
      if (i >= s.size()) return absl::InvalidArgumentError("dangling backslash");
      char e = s[i++];
      int digits = e == 'x' ? 2 : e == 'u' ? 4 : e == 'U' ? 8 : 0;
      if (digits > 0) {
        char32_t cp = 0;
        for (int k = 0; k < digits; ++k) {
          int v = i < s.size() ? HexValue(s[i]) : -1;
          if (v < 0) return absl::InvalidArgumentError("bad \\x/\\u escape");
          cp = cp * 16 + static_cast<char32_t>(v);
          ++i;
        }
        AppendUtf8(cp, &str);
        continue;
      }
      switch (e) {
        case 'n': str.push_back('\n'); break;
        case 't': str.push_back('\t'); break;
        case 'r': str.push_back('\r'); break;
        case '\\': case '\'': case '"': str.push_back(e); break;
        default: str.push_back('\\'); str.push_back(e); break;
      }
    }
    out.push_back(std::move(str));
    skip();
    if (i < s.size() && s[i] == ',') {
      ++i;
      continue;
    }
    skip();
    if (i < s.size() && s[i] == ']') break;
    return absl::InvalidArgumentError("expected ',' or ']'");
  }
  return out;
}

absl::StatusOr<EvalClaim> CncMarkupToClaim(std::string_view markup,
                                           std::string_view text) {
  std::string plain;
  int64_t cps = 0;
  std::map<std::string, std::pair<int64_t, int64_t>> spans;
  std::map<std::string, int64_t> open;
  size_t i = 0;
  while (i < markup.size()) {
    if (markup[i] == '<') {
      size_t close = markup.find('>', i);
      std::string_view tag = markup.substr(i + 1, close == std::string_view::npos
                                                      ? 0
                                                      : close - i - 1);
      bool is_tag = close != std::string_view::npos && tag.size() >= 4 &&
                    tag.size() <= 6 &&
                    (tag.substr(0, 3) == "ARG" || tag.substr(0, 3) == "SIG" ||
                     tag.substr(0, 4) == "/ARG" || tag.substr(0, 4) == "/SIG");
      if (is_tag) {
        bool ends_space = !plain.empty() && plain.back() == ' ';
        if (tag[0] == '/') {
          std::string name(tag.substr(1));
          auto it = open.find(name);
          if (it != open.end()) {
            spans[name] = {it->second, ends_space ? cps - 1 : cps};
            open.erase(it);
          }
        } else {
          open[std::string(tag)] = cps;
        }
        i = close + 1;
        continue;
      }
    }
    char c = markup[i++];
    if (c == ' ' && (plain.empty() || plain.back() == ' ')) continue;
    plain.push_back(c);
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++cps;
  }
  while (!plain.empty() && plain.back() == ' ') plain.pop_back();
  // The corpus text keeps its own spacing; compare with spaces collapsed.
  std::string collapsed;
  for (char c : text) {
    if (c == ' ' && (collapsed.empty() || collapsed.back() == ' ')) continue;
    collapsed.push_back(c);
  }
  while (!collapsed.empty() && collapsed.back() == ' ') collapsed.pop_back();
  if (plain != collapsed || collapsed.size() != text.size()) {
    return absl::InvalidArgumentError("markup does not match the sentence text");
  }
  auto get = [&](const char* name, CpSpan* out) {
    auto it = spans.find(name);
    if (it == spans.end() || it->second.second <= it->second.first) return false;
    out->start = it->second.first;
    out->end = it->second.second;
    CodePointIndex index(plain);
    uint32_t b = index.ToByte(static_cast<uint32_t>(out->start));
    uint32_t e = index.ToByte(static_cast<uint32_t>(out->end));
    out->text = plain.substr(b, e - b);
    return true;
  };
  EvalClaim claim;
  if (!get("ARG0", &claim.cause) || !get("ARG1", &claim.effect)) {
    return absl::InvalidArgumentError("relation without <ARG0> and <ARG1>");
  }
  get("SIG0", &claim.trigger);
  claim.relation = "CAUSE";
  return claim;
}

absl::StatusOr<ImportedCorpus> ImportCnc(std::string_view subtask1,
                                         const std::string& subtask1_name,
                                         std::string_view grouped,
                                         const std::string& grouped_name) {
  auto rows = ParseCsv(subtask1, subtask1_name);
  if (!rows.ok()) return rows.status();
  if (rows->empty()) return absl::InvalidArgumentError(subtask1_name + ": empty");
  const auto& header = (*rows)[0];
  int ci = -1, ct = -1, cl = -1;
  for (size_t c = 0; c < header.size(); ++c) {
    if (header[c] == "index") ci = static_cast<int>(c);
    if (header[c] == "text") ct = static_cast<int>(c);
    if (header[c] == "label") cl = static_cast<int>(c);
  }
  if (ci < 0 || ct < 0) {
    return absl::InvalidArgumentError(
        StrCat(subtask1_name, ":1: expected columns index,text[,label]"));
  }
  // Relations by sentence index.
  absl::flat_hash_map<std::string, std::vector<std::string>> relations;
  ImportedCorpus out;
  if (!grouped.empty()) {
    auto g = ParseCsv(grouped, grouped_name);
    if (!g.ok()) return g.status();
    if (g->empty()) return absl::InvalidArgumentError(grouped_name + ": empty");
    // Sentences are keyed by "DOC_SENT" (subtask 1's index: "train_01_0_892"
    // is doc_id "train_01_0", sent_id 892) and, failing that, by text.
    int gd = -1, gs = -1, gt = -1, gp = -1;
    for (size_t c = 0; c < (*g)[0].size(); ++c) {
      const std::string& h = (*g)[0][c];
      if (h == "doc_id") gd = static_cast<int>(c);
      if (h == "sent_id") gs = static_cast<int>(c);
      if (h == "text") gt = static_cast<int>(c);
      if (h == "causal_text_w_pairs") gp = static_cast<int>(c);
    }
    if (gd < 0 || gs < 0 || gt < 0 || gp < 0) {
      return absl::InvalidArgumentError(StrCat(
          grouped_name, ":1: expected columns doc_id, sent_id, text and "
                        "causal_text_w_pairs"));
    }
    for (size_t r = 1; r < g->size(); ++r) {
      const auto& row = (*g)[r];
      if (row.size() < (*g)[0].size() || row[gp].empty()) continue;
      auto list = ParsePythonStringList(row[gp]);
      if (!list.ok()) {
        out.warnings.push_back(StrCat(grouped_name, ": row ", r + 1, ": ",
                                      FromAbsl(list.status().message())));
        continue;
      }
      relations[StrCat(row[gd], "_", row[gs])] = *list;
      relations[StrCat("text:", row[gt])] = *std::move(list);
    }
  }
  bool labelled = cl >= 0;
  // An id that repeats (subtask 2's one row per relation, or a hand-edited
  // file) gets a suffix, so every written document has its own id.
  absl::flat_hash_map<std::string, int> id_uses;
  for (size_t r = 1; r < rows->size(); ++r) {
    const auto& row = (*rows)[r];
    if (row.size() == 1 && row[0].empty()) continue;
    if (row.size() < header.size()) {
      return absl::InvalidArgumentError(
          StrCat(subtask1_name, ": row ", r + 1, ": too few columns"));
    }
    std::string id = row[ci];
    if (int uses = ++id_uses[row[ci]]; uses > 1) {
      id = StrCat(row[ci], "~", uses);
      out.warnings.push_back(StrCat("row ", r + 1, ": id \"", row[ci], "\" repeats; written as \"",
                                    id, "\""));
    }
    out.docs.push_back({id, row[ct]});
    if (!labelled) continue;
    EvalDoc gold;
    gold.doc_id = id;
    gold.causal = row[cl] == "1";
    auto it = relations.find(row[ci]);
    if (it == relations.end()) it = relations.find(StrCat("text:", row[ct]));
    if (it != relations.end()) {
      for (const std::string& m : it->second) {
        auto claim = CncMarkupToClaim(m, row[ct]);
        if (!claim.ok()) {
          out.warnings.push_back(StrCat(row[ci], ": ", FromAbsl(claim.status().message())));
          continue;
        }
        gold.claims.push_back(*std::move(claim));
      }
    }
    out.gold.push_back(std::move(gold));
  }
  return out;
}

absl::StatusOr<ImportedCorpus> ImportConll(std::string_view conll,
                                           const std::string& name,
                                           std::string_view map,
                                           const std::string& map_name,
                                           const std::string& id_prefix) {
  std::map<std::string, std::string> types;
  {
    LineReader lines(map);
    std::string_view raw;
    while (lines.Next(&raw)) {
      int line_no = lines.number();
      std::string_view line = StripWhitespace(raw);
      if (line.empty() || line[0] == '#') continue;
      size_t colon = line.find(':');
      if (colon == std::string_view::npos) {
        return absl::InvalidArgumentError(
            StrCat(map_name, ":", line_no, ": expected 'their_type: OUR_TYPE'"));
      }
      types[std::string(StripWhitespace(line.substr(0, colon)))] =
          std::string(StripWhitespace(line.substr(colon + 1)));
    }
  }
  ImportedCorpus out;
  ImportedDoc doc;
  EvalDoc gold;
  int64_t cps = 0;
  int sentence = 0;
  EvalEntity current;
  bool in_entity = false;
  auto close_entity = [&] {
    if (!in_entity) return;
    in_entity = false;
    gold.entities.push_back(current);  // its text is filled in by flush()
  };
  auto flush = [&] {
    close_entity();
    if (doc.text.empty()) return;
    ++sentence;
    doc.id = StrCat(id_prefix, "_", sentence);
    gold.doc_id = doc.id;
    CodePointIndex index(doc.text);
    for (EvalEntity& e : gold.entities) {
      uint32_t b = index.ToByte(static_cast<uint32_t>(e.span.start));
      uint32_t en = index.ToByte(static_cast<uint32_t>(e.span.end));
      e.span.text = doc.text.substr(b, en - b);
    }
    out.docs.push_back(std::move(doc));
    out.gold.push_back(std::move(gold));
    doc = ImportedDoc();
    gold = EvalDoc();
    cps = 0;
  };
  LineReader lines(conll);
  std::string_view line;
  while (lines.Next(&line)) {
    int line_no = lines.number();
    if (StripWhitespace(line).empty()) {
      flush();
      continue;
    }
    size_t tab = line.rfind('\t');
    if (tab == std::string_view::npos) tab = line.rfind(' ');
    if (tab == std::string_view::npos) {
      return absl::InvalidArgumentError(
          StrCat(name, ":", line_no, ": expected TOKEN<TAB>TAG"));
    }
    std::string_view token = line.substr(0, tab);
    std::string_view tag = line.substr(tab + 1);
    if (!doc.text.empty()) {
      doc.text.push_back(' ');
      ++cps;
    }
    int64_t start = cps;
    doc.text.append(token);
    cps += static_cast<int64_t>(CountCodePoints(token));
    if (tag == "O") {
      close_entity();
      continue;
    }
    if (tag.size() < 3 || (tag[0] != 'B' && tag[0] != 'I') || tag[1] != '-') {
      return absl::InvalidArgumentError(
          StrCat(name, ":", line_no, ": bad IOB2 tag '", tag, "'"));
    }
    std::string their(tag.substr(2));
    auto it = types.find(their);
    if (it == types.end()) {
      return absl::InvalidArgumentError(StrCat(
          name, ":", line_no, ": type '", their, "' is not in ", map_name));
    }
    if (tag[0] == 'I' && in_entity) {
      current.span.end = cps;
      continue;
    }
    close_entity();
    if (it->second == "-") continue;
    current = EvalEntity();
    current.span.start = start;
    current.span.end = cps;
    current.type = it->second;
    in_entity = true;
  }
  flush();
  return out;
}

bool InHoldout(std::string_view id, int percent) {
  uint64_t h = 1469598103934665603ull;  // FNV-1a: stable across machines
  for (unsigned char c : id) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return static_cast<int>(h % 100) < percent;
}

}  // namespace casus::eval
