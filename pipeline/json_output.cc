#include "pipeline/json_output.h"


#include "absl/strings/str_cat.h"
#include "pipeline/json_scan.h"

namespace casus {
namespace {

constexpr std::string_view kReserved[] = {
    "format", "doc_id",    "id",       "entities", "claims",
    "tokens", "sentences", "warnings", "error"};

std::string_view TokenKindName(TokenKind k) {
  switch (k) {
    case TokenKind::kWord: return "word";
    case TokenKind::kNumber: return "number";
    case TokenKind::kAbbrev: return "abbrev";
    case TokenKind::kClitic: return "clitic";
    case TokenKind::kHyphen: return "hyphen";
    case TokenKind::kPunct: return "punct";
    case TokenKind::kSymbol: return "symbol";
    case TokenKind::kUrl: return "url";
    case TokenKind::kEmail: return "email";
  }
  return "?";
}

void AppendUInt(uint32_t v, std::string* out) {
  char buf[16];
  int n = 0;
  do {
    buf[n++] = static_cast<char>('0' + v % 10);
    v /= 10;
  } while (v != 0);
  while (n > 0) out->push_back(buf[--n]);
}

void AppendOffsets(const CodePointIndex& index, Span s, std::string* out) {
  out->append("{\"start\":");
  AppendUInt(index.ToCodePoint(s.begin), out);
  out->append(",\"end\":");
  AppendUInt(index.ToCodePoint(s.end), out);
}

}  // namespace

std::string ClaimIdOf(std::string_view key) {
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : key) {
    h ^= c;
    h *= 1099511628211ull;
  }
  static constexpr char kHex[] = "0123456789abcdef";
  std::string id = "c";
  for (int shift = 60; shift >= 0; shift -= 4) id.push_back(kHex[(h >> shift) & 15]);
  return id;
}

bool IsReservedOutputField(std::string_view name) {
  for (std::string_view r : kReserved) {
    if (r == name) return true;
  }
  return false;
}

void AppendJsonString(std::string_view s, std::string* out) {
  static constexpr char kHex[] = "0123456789abcdef";
  out->push_back('"');
  size_t run = 0;  // start of the current run of bytes copied verbatim
  for (size_t i = JsonStringStop(s, 0); i < s.size(); i = JsonStringStop(s, i + 1)) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    out->append(s.data() + run, i - run);
    run = i + 1;
    switch (c) {
      case '"': out->append("\\\""); break;
      case '\\': out->append("\\\\"); break;
      case '\n': out->append("\\n"); break;
      case '\r': out->append("\\r"); break;
      case '\t': out->append("\\t"); break;
      default:
        out->append("\\u00");
        out->push_back(kHex[c >> 4]);
        out->push_back(kHex[c & 15]);
    }
  }
  out->append(s.data() + run, s.size() - run);
  out->push_back('"');
}

void AppendSpanJson(const Document& doc, const CodePointIndex& index, Span s,
                    std::string* out) {
  AppendOffsets(index, s, out);
  out->append(",\"text\":");
  AppendJsonString(doc.Text(s), out);
  out->push_back('}');
}

void AppendGroundingJson(const Document& doc, const CodePointIndex& index, const Grounding& g,
                         std::string* out) {
  out->append("{\"concept\":");
  if (g.node < 0) {
    out->append("null");
  } else {
    AppendJsonString(g.concept_id, out);
    out->append(",\"label\":");
    AppendJsonString(g.label, out);
  }
  out->append(",\"direction\":\"");
  out->append(g.direction > 0 ? "up" : g.direction < 0 ? "down" : "none");
  out->append("\",\"qualifiers\":[");
  for (size_t i = 0; i < g.qualifiers.size(); ++i) {
    if (i > 0) out->push_back(',');
    AppendJsonString(g.qualifiers[i], out);
  }
  // The score in hundredths, written as a fixed two-decimal number.
  out->append("],\"score\":");
  AppendUInt(static_cast<uint32_t>(g.score / 100), out);
  out->push_back('.');
  out->push_back(static_cast<char>('0' + g.score % 100 / 10));
  out->push_back(static_cast<char>('0' + g.score % 10));
  out->append(",\"norm\":");
  AppendJsonString(g.norm, out);
  if (g.refers_to.has_value()) {
    out->append(",\"refers_to\":");
    AppendSpanJson(doc, index, *g.refers_to, out);
  }
  out->push_back('}');
}

void AppendDocumentJson(const Document& doc, const OutputOptions& options,
                        std::string* out) {
  CodePointIndex index(doc.text);
  out->append("{\"format\":\"");
  out->append(kDocumentFormat);
  out->append("\",\"doc_id\":");
  AppendJsonString(doc.id, out);
  for (const MetadataField& f : doc.metadata) {
    out->push_back(',');
    AppendJsonString(f.name, out);
    out->push_back(':');
    out->append(f.json_value);
  }
  out->append(",\"entities\":[");
  for (size_t i = 0; i < doc.entities.size(); ++i) {
    const Entity& e = doc.entities[i];
    if (i > 0) out->push_back(',');
    AppendSpanJson(doc, index, e.span, out);
    out->pop_back();
    out->append(",\"type\":\"");
    out->append(EntityTypeName(e.type));
    out->append("\",\"norm\":");
    AppendJsonString(e.norm, out);
    if (!e.rule.empty()) {
      out->append(",\"rule\":");
      AppendJsonString(e.rule, out);
    }
    out->push_back('}');
  }
  out->append("],\"claims\":[");
  for (size_t i = 0; i < doc.claims.size(); ++i) {
    const Claim& c = doc.claims[i];
    if (i > 0) out->push_back(',');
    out->append("{\"cause\":");
    AppendSpanJson(doc, index, c.cause, out);
    out->append(",\"trigger\":");
    AppendSpanJson(doc, index, c.trigger, out);
    out->append(",\"effect\":");
    AppendSpanJson(doc, index, c.effect, out);
    out->append(",\"relation\":\"");
    out->append(RelationName(c.relation));
    out->append("\",\"modality\":\"");
    out->append(ModalityName(c.modality));
    out->push_back('"');
    if (c.attribution.has_value()) {
      out->append(",\"attribution\":");
      AppendSpanJson(doc, index, *c.attribution, out);
    }
    out->append(",\"key\":");
    AppendJsonString(c.key, out);
    if (!c.key.empty()) {
      out->append(",\"id\":");
      AppendJsonString(ClaimIdOf(c.key), out);
      out->append(",\"concept_key\":");
      AppendJsonString(c.concept_key, out);
      out->append(",\"grounding\":{\"cause\":");
      AppendGroundingJson(doc, index, c.cause_ground, out);
      out->append(",\"effect\":");
      AppendGroundingJson(doc, index, c.effect_ground, out);
      out->push_back('}');
    }
    if (!c.rule.empty()) {
      out->append(",\"rule\":");
      AppendJsonString(c.rule, out);
    }
    out->push_back('}');
  }
  out->push_back(']');
  if (options.tokens) {
    out->append(",\"tokens\":[");
    for (size_t i = 0; i < doc.tokens.size(); ++i) {
      if (i > 0) out->push_back(',');
      const Token& t = doc.tokens[i];
      AppendSpanJson(doc, index, t.span(), out);
      out->pop_back();
      out->append(",\"kind\":\"");
      out->append(TokenKindName(t.kind));
      out->push_back('"');
      if (t.Has(kInCompound)) out->append(",\"compound\":true");
      if (i < doc.pos.size()) {
        out->append(",\"pos\":\"");
        out->append(PosName(doc.pos[i]));
        out->push_back('"');
      }
      out->push_back('}');
    }
    out->push_back(']');
  }
  if (options.sentences) {
    out->append(",\"sentences\":[");
    for (size_t i = 0; i < doc.sentences.size(); ++i) {
      if (i > 0) out->push_back(',');
      const Sentence& s = doc.sentences[i];
      Span whole = doc.TokenSpan(s.token_begin, s.token_end);
      AppendOffsets(index, whole, out);
      std::string text;
      for (auto [b, e] : doc.SentenceParts(s)) {
        if (!text.empty()) text.push_back(' ');
        text.append(doc.Text(doc.TokenSpan(b, e)));
      }
      out->append(",\"text\":");
      AppendJsonString(text, out);
      if (s.HasSkip()) {
        out->append(",\"skip\":");
        AppendOffsets(index, doc.TokenSpan(s.skip_begin, s.skip_end), out);
        out->push_back('}');
      }
      if (s.heading) out->append(",\"heading\":true");
      out->push_back('}');
    }
    out->push_back(']');
  }
  if (!doc.warnings.empty()) {
    out->append(",\"warnings\":[");
    for (size_t i = 0; i < doc.warnings.size(); ++i) {
      if (i > 0) out->push_back(',');
      AppendJsonString(doc.warnings[i], out);
    }
    out->push_back(']');
  }
  if (!doc.error.empty()) {
    out->append(",\"error\":");
    AppendJsonString(doc.error, out);
  }
  out->append("}\n");
}

}  // namespace casus
