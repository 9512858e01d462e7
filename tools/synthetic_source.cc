#include "tools/synthetic_source.h"

#include <algorithm>

#include "pipeline/strings.h"

namespace casus {

SyntheticSource::SyntheticSource(const BuiltPipeline& pipeline, uint64_t total_bytes,
                                 uint64_t seed)
    : total_bytes_(total_bytes), rng_(seed) {
  {
    const Gazetteer& g = pipeline.rules->entities()->gazetteer();
    for (uint32_t a = 0; a < g.num_aliases(); ++a) {
      const Gazetteer::Alias& al = g.alias(a);
      const Gazetteer::Entry& en = g.entry(al.entry);
      if (!en.type || al.text.empty() || !(al.text[0] >= 'A' && al.text[0] <= 'Z')) {
        if (en.type == EntityType::kIssue) issues_.push_back(al.text);
        continue;
      }
      switch (*en.type) {
        case EntityType::kCountry: countries_.push_back(al.text); break;
        case EntityType::kCity: cities_.push_back(al.text); break;
        case EntityType::kRegion: regions_.push_back(al.text); break;
        case EntityType::kOrganization: orgs_.push_back(al.text); break;
        default: break;
      }
    }
  }
  {
    const Lexicon& lex = *pipeline.rules->lexicon();
    auto forms = [&](const char* cls, uint32_t bit, std::vector<std::string>* out) {
      int c = lex.FindClass(cls);
      if (c < 0) return;
      for (WordId w : lex.Members(c)) {
        if (lex.PosBits(w) & bit) out->push_back(lex.Word(w));
      }
    };
    forms("cause_verb", kVerb3sg, &cause3_);
    forms("cause_verb", kVerbPast, &causePast_);
    forms("prevent_verb", kVerb3sg, &prevent3_);
    forms("prevent_verb", kVerbPast, &preventPast_);
  }
  nouns_ = {"cooperation", "influence", "trade", "investment", "security",
            "stability", "tensions", "reforms", "elections", "protests",
            "exports", "inflation", "growth", "the economy", "border controls",
            "energy prices", "military spending", "public trust", "aid flows"};
  for (auto* v : {&countries_, &cities_, &regions_, &orgs_, &issues_, &cause3_,
                  &causePast_, &prevent3_, &preventPast_}) {
    std::sort(v->begin(), v->end());
    v->erase(std::unique(v->begin(), v->end()), v->end());
    if (v->empty()) v->push_back("Iran");
  }
}

const std::string& SyntheticSource::Pick(const std::vector<std::string>& v) {
  return v[rng_() % v.size()];
}

std::string SyntheticSource::Sentence() {
  switch (rng_() % 9) {
    case 0:
      return StrCat(Pick(countries_), "'s ", Pick(nouns_), " ", Pick(cause3_), " ",
                    Pick(issues_), " in ", Pick(regions_), ".");
    case 1:
      return StrCat("Because of ", Pick(issues_), ", ", Pick(orgs_), " ",
                    Pick(preventPast_), " ", Pick(nouns_), " in ", Pick(cities_), ".");
    case 2:
      return StrCat("Analysts in ", Pick(cities_), " argue that ", Pick(issues_),
                    " may have ", Pick(causePast_), " ", Pick(nouns_), ".");
    case 3:
      return StrCat(Pick(countries_), " and ", Pick(countries_),
                    " have established close ties to counter ", Pick(issues_),
                    " along the border.");
    case 4:
      return StrCat("The talks between ", Pick(orgs_), " and officials from ",
                    Pick(countries_), " took place in ", Pick(cities_), " on Monday.");
    case 5:
      return StrCat("Rising ", Pick(nouns_), " in ", Pick(regions_), " led to ",
                    Pick(issues_), " and renewed pressure on ", Pick(countries_), ".");
    case 6:
      return StrCat("The report, published by ", Pick(orgs_),
                    ", describes the situation in ", Pick(regions_), " in detail.");
    case 7:
      return StrCat(Pick(nouns_), " in ", Pick(countries_), " ", Pick(prevent3_), " ",
                    Pick(issues_), ", according to the ministry.");
    default:
      return StrCat("Since the summit in ", Pick(cities_), ", ", Pick(countries_),
                    " has expanded its ", Pick(nouns_), " with ", Pick(countries_), ".");
  }
}

bool SyntheticSource::Next(Document* doc) {
  if (produced_bytes_ >= total_bytes_) return false;
  std::string text = StrCat("Brief ", docs_ + 1, ": ", Pick(regions_), " outlook\n\n");
  size_t target = 2000 + rng_() % 6000;
  while (text.size() < target) {
    for (int s = 0; s < 4 && text.size() < target; ++s) {
      std::string sent = Sentence();
      sent[0] = static_cast<char>(sent[0] >= 'a' && sent[0] <= 'z' ? sent[0] - 32 : sent[0]);
      StrAppend(&text, sent, " ");
    }
    text += "\n\n";
  }
  produced_bytes_ += text.size();
  *doc = Document::FromText(StrCat("synthetic-", docs_++), std::move(text));
  return true;
}

}  // namespace casus
