#include "tools/jsonl_record.h"

#include <string>
#include <utility>
#include <vector>

#include "nlohmann/json.hpp"
#include "pipeline/json_depth.h"
#include "pipeline/json_output.h"
#include "pipeline/json_scan.h"
#include "pipeline/strings.h"
#include "pipeline/utf8.h"

namespace casus {
namespace {

// One field of a JSON Lines record, as the reader needs it.
struct JsonField {
  std::string key;
  bool is_string = false;
  std::string str;   // the value when is_string
  std::string json;  // the value as compact JSON (nlohmann's dump), or empty
};

}  // namespace

bool ParseFlatStringObject(std::string_view s,
                           std::vector<std::pair<std::string, std::string>>* out) {
  size_t i = 0;
  auto ws = [&] {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r')) ++i;
  };
  auto hex4 = [&](size_t at, uint32_t* v) {
    if (at + 4 > s.size()) return false;
    *v = 0;
    for (size_t k = at; k < at + 4; ++k) {
      char c = s[k];
      int d = c >= '0' && c <= '9'   ? c - '0'
              : c >= 'a' && c <= 'f' ? c - 'a' + 10
              : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                     : -1;
      if (d < 0) return false;
      *v = *v * 16 + static_cast<uint32_t>(d);
    }
    return true;
  };
  auto str = [&](std::string* into) {
    if (i >= s.size() || s[i] != '"') return false;
    ++i;
    for (;;) {
      const size_t run = i;
      i = JsonStringStop(s, i);
      into->append(s.data() + run, i - run);
      if (i >= s.size() || static_cast<unsigned char>(s[i]) < 0x20) return false;
      if (s[i] == '"') {
        ++i;
        return true;
      }
      if (++i >= s.size()) return false;  // after the backslash
      char e = s[i++];
      switch (e) {
        case '"': into->push_back('"'); break;
        case '\\': into->push_back('\\'); break;
        case '/': into->push_back('/'); break;
        case 'b': into->push_back('\b'); break;
        case 'f': into->push_back('\f'); break;
        case 'n': into->push_back('\n'); break;
        case 'r': into->push_back('\r'); break;
        case 't': into->push_back('\t'); break;
        case 'u': {
          uint32_t cp;
          if (!hex4(i, &cp)) return false;
          i += 4;
          if (cp >= 0xDC00 && cp <= 0xDFFF) return false;
          if (cp >= 0xD800 && cp <= 0xDBFF) {
            uint32_t lo;
            if (i + 6 > s.size() || s[i] != '\\' || s[i + 1] != 'u' || !hex4(i + 2, &lo) ||
                lo < 0xDC00 || lo > 0xDFFF) {
              return false;
            }
            i += 6;
            cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
          }
          AppendUtf8(static_cast<char32_t>(cp), into);
          break;
        }
        default:
          return false;
      }
    }
  };
  ws();
  if (i >= s.size() || s[i] != '{') return false;
  ++i;
  ws();
  if (i < s.size() && s[i] == '}') {
    ++i;
  } else {
    for (;;) {
      ws();
      std::pair<std::string, std::string> f;
      if (!str(&f.first)) return false;
      for (const auto& g : *out) {
        if (g.first == f.first) return false;
      }
      ws();
      if (i >= s.size() || s[i] != ':') return false;
      ++i;
      ws();
      if (!str(&f.second)) return false;
      out->push_back(std::move(f));
      ws();
      if (i < s.size() && s[i] == ',') {
        ++i;
        continue;
      }
      if (i < s.size() && s[i] == '}') {
        ++i;
        break;
      }
      return false;
    }
  }
  ws();
  return i == s.size();
}

namespace {

// Records the first parse error without throwing.
class ErrorSax : public nlohmann::json_sax<nlohmann::json> {
 public:
  bool null() override { return true; }
  bool boolean(bool) override { return true; }
  bool number_integer(number_integer_t) override { return true; }
  bool number_unsigned(number_unsigned_t) override { return true; }
  bool number_float(number_float_t, const string_t&) override { return true; }
  bool string(string_t&) override { return true; }
  bool binary(binary_t&) override { return true; }
  bool start_object(std::size_t) override { return true; }
  bool key(string_t&) override { return true; }
  bool end_object() override { return true; }
  bool start_array(std::size_t) override { return true; }
  bool end_array() override { return true; }
  bool parse_error(std::size_t position, const std::string& last_token,
                   const nlohmann::detail::exception& ex) override {
    (void)last_token;
    column = position;
    std::string what = ex.what();
    // "[json.exception.parse_error.101] parse error at line 1, column 5:
    // syntax error while parsing value - invalid literal; last read: 'x'"
    size_t dash = what.find(" - ");
    message = dash == std::string::npos ? what : what.substr(dash + 3);
    return false;
  }
  size_t column = 0;
  std::string message;
};

}  // namespace

void DocumentFromJsonLine(std::string line, const std::string& path,
                          const std::string& stem, uint64_t line_no, bool truncated,
                          uint64_t max_document_bytes, Document* doc) {
  doc->origin = StrCat(path, ":", line_no);
  doc->id = StrCat(stem, ":", line_no);
  if (truncated) {
    doc->error = StrCat("line is over the limit of ",
                              max_document_bytes,
                              " bytes (--max-doc-bytes); not read");
    return;
  }
  size_t bad = RepairUtf8(&line);
  using Json = nlohmann::ordered_json;
  std::vector<JsonField> fields;
  std::vector<std::pair<std::string, std::string>> flat;
  if (ParseFlatStringObject(line, &flat)) {
    for (auto& [key, value] : flat) {
      fields.push_back({std::move(key), true, std::move(value), {}});
    }
  } else {
    if (absl::Status deep = CheckJsonDepth(line); !deep.ok()) {
      doc->error = std::string(deep.message());
      return;
    }
    Json j = Json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded()) {
      ErrorSax sax;
      Json::sax_parse(line, &sax);
      doc->error = StrCat("malformed JSON at column ", sax.column, ": ", sax.message);
      return;
    }
    if (!j.is_object()) {
      doc->error = "a JSON Lines record must be an object";
      return;
    }
    for (auto it = j.begin(); it != j.end(); ++it) {
      JsonField f;
      f.key = it.key();
      f.is_string = it.value().is_string();
      if (f.is_string) f.str = it.value().get<std::string>();
      f.json = it.value().dump(-1, ' ', false, Json::error_handler_t::replace);
      fields.push_back(std::move(f));
    }
  }
  auto find = [&](std::string_view key) -> JsonField* {
    for (JsonField& f : fields) {
      if (f.key == key) return &f;
    }
    return nullptr;
  };
  if (JsonField* id = find("id")) {
    if (!id->is_string) {
      doc->error = "\"id\" must be a string";
      return;
    }
    if (id->str.empty()) {
      doc->error = "\"id\" must not be empty";
      return;
    }
    doc->id = id->str;
  } else {
    doc->warnings.push_back(StrCat("no \"id\": using '", doc->id, "'"));
  }
  JsonField* text = find("text");
  if (text == nullptr) {
    doc->error = "missing \"text\" field";
    return;
  }
  if (!text->is_string) {
    doc->error = "\"text\" must be a string";
    return;
  }
  std::string raw = std::move(text->str);
  if (raw.size() > max_document_bytes) {
    doc->error = StrCat("document is ", raw.size(), " bytes, over the limit of ",
                        max_document_bytes, " (--max-doc-bytes)");
    return;
  }
  std::vector<std::string> warnings = std::move(doc->warnings);
  std::string id_copy = doc->id, origin = doc->origin;
  *doc = Document::FromText(std::move(id_copy), std::move(raw));
  doc->origin = std::move(origin);
  doc->warnings.insert(doc->warnings.begin(), warnings.begin(), warnings.end());
  if (bad > 0) {
    doc->warnings.push_back(StrCat("invalid UTF-8: ", bad, bad == 1 ? " byte" : " bytes",
                                   " replaced by U+FFFD"));
  }
  if (doc->text.empty()) {
    doc->error = "empty document";
    return;
  }
  for (JsonField& f : fields) {
    if (f.key == "id" || f.key == "text") continue;
    if (IsReservedOutputField(f.key)) {
      doc->warnings.push_back(StrCat("field \"", f.key, "\" is an output field; dropped"));
      continue;
    }
    if (f.json.empty()) f.json = Json(f.str).dump(-1, ' ', false, Json::error_handler_t::replace);
    doc->metadata.push_back({std::move(f.key), std::move(f.json)});
  }
}

}  // namespace casus
