#include "casus/rule_examples.h"

#include <algorithm>
#include <optional>

#include "pipeline/strings.h"
#include "pipeline/utf8.h"
#include "engine/rule_example.h"

namespace casus {
namespace {

// Renders mentions as "[surface]{TYPE norm} ..." in order.
std::string Render(const std::string& text, const std::vector<MarkedSpan>& spans) {
  CodePointIndex index(text);
  std::string out;
  for (const MarkedSpan& s : spans) {
    uint32_t b = index.ToByte(s.start), e = index.ToByte(s.end);
    if (!out.empty()) out += " ";
    StrAppend(&out, "[", text.substr(b, e - b), "]{", s.type,
              s.norm.empty() ? "" : " ", s.norm, "}");
  }
  return out.empty() ? "(nothing)" : out;
}

void CheckSplit(const Pipeline& pipeline, const Abbreviations& abbreviations,
                std::vector<ExampleFailure>* out, ExampleCounts* counts) {
  for (const RuleExample& ex : abbreviations.examples()) {
    ++counts->split;
    std::vector<std::string> want;
    std::string text;
    size_t i = 0;
    while (i <= ex.text.size()) {
      size_t j = ex.text.find("||", i);
      if (j == std::string::npos) j = ex.text.size();
      std::string part(StripWhitespace(std::string_view(ex.text).substr(i, j - i)));
      want.push_back(part);
      if (!text.empty()) text += " ";
      text += part;
      i = j + 2;
    }
    Document doc = Document::FromText("example", text);
    (void)pipeline.Process(&doc);
    std::vector<std::string> got;
    for (const Sentence& s : doc.sentences) {
      got.emplace_back(doc.Text(doc.TokenSpan(s.token_begin, s.token_end)));
    }
    if (got != want) {
      std::string g;
      for (const std::string& s : got) StrAppend(&g, g.empty() ? "" : " || ", s);
      out->push_back({StrCat(ex.path, ":", ex.line),
                      StrCat("sentences differ: got: ", g)});
    }
  }
}

void CheckEntities(const Pipeline& pipeline, const EntityRules& rules,
                   std::vector<ExampleFailure>* out, ExampleCounts* counts) {
  for (const RuleExample& ex : rules.Examples()) {
    ++counts->entities;
    std::string where = StrCat(ex.path, ":", ex.line);
    auto parsed = ParseMarkedText(ex.text);
    if (!parsed.ok()) {
      out->push_back({where, StrCat("bad example: ", FromAbsl(parsed.status().message()))});
      continue;
    }
    auto& [text, want] = *parsed;
    Document doc = Document::FromText("example", text);
    (void)pipeline.Process(&doc);
    CodePointIndex index(doc.text);
    std::vector<MarkedSpan> got;
    for (const Entity& e : doc.entities) {
      got.push_back({index.ToCodePoint(e.span.begin), index.ToCodePoint(e.span.end),
                     std::string(EntityTypeName(e.type)), e.norm});
    }
    auto key = [](const MarkedSpan& s) {
      return std::make_tuple(s.start, s.end, s.type, s.norm);
    };
    bool same = got.size() == want.size() &&
                std::equal(got.begin(), got.end(), want.begin(),
                           [&](const MarkedSpan& a, const MarkedSpan& b) {
                             return key(a) == key(b);
                           });
    if (!same) {
      out->push_back({where, StrCat("expected ", Render(text, want), "; got ",
                                    Render(text, got))});
    }
  }
}

std::string RenderClaim(const Document& doc, const CodePointIndex& index,
                        const Claim& c) {
  (void)index;
  return StrCat("[", doc.Text(c.cause), "]{cause} [", doc.Text(c.trigger),
                "]{trigger} [", doc.Text(c.effect), "]{effect} ",
                RelationName(c.relation), " (", c.rule, ")");
}

void CheckClaims(const Pipeline& pipeline, const ClaimRules& rules,
                 std::vector<ExampleFailure>* out, ExampleCounts* counts) {
  for (const ClaimRule& rule : rules.rules()) {
    for (const RuleExample& ex : rule.examples) {
      ++counts->claims;
      std::string where = StrCat(ex.path, ":", ex.line);
      auto parsed = ParseMarkedText(ex.text);
      if (!parsed.ok()) {
        out->push_back({where, StrCat("bad example: ", FromAbsl(parsed.status().message()))});
        continue;
      }
      auto& [text, marks] = *parsed;
      const MarkedSpan *cause = nullptr, *trigger = nullptr, *effect = nullptr;
      for (const MarkedSpan& m : marks) {
        if (m.type == "cause") cause = &m;
        else if (m.type == "trigger") trigger = &m;
        else if (m.type == "effect") effect = &m;
      }
      if (!cause || !trigger || !effect) {
        out->push_back({where, "an example marks {cause}, {trigger} and {effect}"});
        continue;
      }
      Document doc = Document::FromText("example", text);
      (void)pipeline.Process(&doc);
      CodePointIndex index(doc.text);
      auto same = [&](Span s, const MarkedSpan* m) {
        return index.ToCodePoint(s.begin) == m->start && index.ToCodePoint(s.end) == m->end;
      };
      bool ok = false;
      std::string got;
      for (const Claim& c : doc.claims) {
        if (c.rule == rule.id && same(c.cause, cause) && same(c.trigger, trigger) &&
            same(c.effect, effect) && c.relation == rule.relation) {
          ok = true;
        }
        StrAppend(&got, got.empty() ? "" : "; ", RenderClaim(doc, index, c));
      }
      if (!ok) {
        out->push_back({where, StrCat("rule ", rule.id, " expected ", ex.text,
                                      "; got ", got.empty() ? "(no claims)" : got)});
      }
    }
    for (const RuleExample& ex : rule.counters) {
      ++counts->claims;
      Document doc = Document::FromText("counter", ex.text);
      (void)pipeline.Process(&doc);
      CodePointIndex index(doc.text);
      for (const Claim& c : doc.claims) {
        if (c.rule == rule.id) {
          out->push_back({StrCat(ex.path, ":", ex.line),
                          StrCat("rule ", rule.id, " must not fire on: ", ex.text,
                                 "; got ", RenderClaim(doc, index, c))});
          break;
        }
      }
    }
  }
}

// "PHRASE => NORMAL FORM" examples of the normalize/ files.
// An "example PHRASE => WANT" line, its PHRASE run through the pipeline.
// "context [phrase] context": the bracketed part is the span looked at;
// without brackets, the whole phrase.
struct ArrowExample {
  std::string where;   // FILE:LINE
  std::string phrase;  // without the brackets
  std::string want;
  Span span;
  Document doc;
};

// The example, or nullopt after adding a failure that names `usage`.
std::optional<ArrowExample> ReadArrowExample(const Pipeline& pipeline, const RuleExample& ex,
                                             std::string_view usage,
                                             std::vector<ExampleFailure>* out) {
  ArrowExample a;
  a.where = StrCat(ex.path, ":", ex.line);
  size_t arrow = ex.text.find("=>");
  if (arrow == std::string::npos) {
    out->push_back({a.where, StrCat("expected '", usage, "'")});
    return std::nullopt;
  }
  a.phrase = std::string(StripWhitespace(std::string_view(ex.text).substr(0, arrow)));
  a.want = std::string(StripWhitespace(std::string_view(ex.text).substr(arrow + 2)));
  size_t open = a.phrase.find('['), close = a.phrase.find(']');
  if (open != std::string::npos && close != std::string::npos && open < close) {
    a.phrase = StrCat(a.phrase.substr(0, open), a.phrase.substr(open + 1, close - open - 1),
                      a.phrase.substr(close + 1));
    a.span = {static_cast<uint32_t>(open), static_cast<uint32_t>(close - 1)};
  } else {
    a.span = {0, static_cast<uint32_t>(a.phrase.size())};
  }
  a.doc = Document::FromText("example", a.phrase);
  (void)pipeline.Process(&a.doc);
  return a;
}

void CheckNormalize(const Pipeline& pipeline, const ClaimNormalizer& normalizer,
                    std::vector<ExampleFailure>* out, ExampleCounts* counts) {
  for (const RuleExample& ex : normalizer.rules().examples()) {
    ++counts->claims;
    auto a = ReadArrowExample(pipeline, ex, "example PHRASE => NORMAL FORM", out);
    if (!a) continue;
    std::string got = normalizer.NormalizeSpan(a->doc, a->span);
    if (got != a->want) {
      out->push_back({a->where, StrCat("\"", a->phrase, "\" normalizes to \"", got,
                                      "\", expected \"", a->want, "\"")});
    }
  }
}

// "PHRASE => CONCEPT [up|down] [QUALIFIER ...]" examples of the concept
// inventory: the phrase (or its bracketed part) is grounded.
void CheckConcepts(const Pipeline& pipeline, const ClaimNormalizer& normalizer,
                   std::vector<ExampleFailure>* out, ExampleCounts* counts) {
  const ConceptInventory* inv = normalizer.concepts();
  if (inv == nullptr) return;
  for (const RuleExample& ex : inv->examples()) {
    ++counts->concepts;
    auto a = ReadArrowExample(pipeline, ex, "example PHRASE => CONCEPT [up|down] [QUALIFIER ...]",
                              out);
    if (!a) continue;
    Grounding g = normalizer.Ground(a->doc, a->span);
    std::string got = g.node < 0 ? "(ungrounded)" : g.concept_id;
    if (g.direction != 0) StrAppend(&got, g.direction > 0 ? " up" : " down");
    for (const std::string& q : g.qualifiers) StrAppend(&got, " ", q);
    if (got != a->want) {
      out->push_back({a->where, StrCat("\"", a->phrase, "\" grounds to \"", got,
                                      "\", expected \"", a->want, "\"")});
    }
  }
}

}  // namespace

std::vector<ExampleFailure> CheckRuleExamples(const BuiltPipeline& built, ExampleCounts* counts,
                                              const std::string& only_under) {
  ExampleCounts local;
  if (counts == nullptr) counts = &local;
  std::vector<ExampleFailure> all;
  const Pipeline& pipeline = *built.pipeline;
  const CompiledRules& rules = *built.rules;
  CheckSplit(pipeline, *rules.abbreviations(), &all, counts);
  CheckEntities(pipeline, *rules.entities(), &all, counts);
  CheckClaims(pipeline, *rules.claims(), &all, counts);
  if (built.normalizer != nullptr) {
    CheckNormalize(pipeline, *built.normalizer, &all, counts);
    CheckConcepts(pipeline, *built.normalizer, &all, counts);
  }
  if (only_under.empty()) return all;
  std::vector<ExampleFailure> kept;
  for (ExampleFailure& f : all) {
    if (f.where.find(only_under) != std::string::npos) kept.push_back(std::move(f));
  }
  return kept;
}

}  // namespace casus
