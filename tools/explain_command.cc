#include "tools/explain_command.h"

#include <cstdio>
#include <iostream>
#include <iterator>

#include "pipeline/json_output.h"
#include "pipeline/strings.h"
#include "stages/claim_extractor.h"
#include "casus/pipeline_factory.h"
#include "tools/common.h"

namespace casus {

int RunExplain(const ExplainOptions& o) {
  std::string text = o.text;
  if (text == "-") {
    // Standard input, up to the document limit: an endless stream
    // ("< /dev/zero") fails instead of filling memory.
    constexpr size_t kLimit = 64u << 20;
    text.clear();
    char buf[1 << 16];
    while (std::cin.read(buf, sizeof buf) || std::cin.gcount() > 0) {
      text.append(buf, static_cast<size_t>(std::cin.gcount()));
      if (text.size() > kLimit) {
        ReportError("<stdin>", "over 64 MiB; explain takes one text (use extract for corpora)");
        return kExitUsage;
      }
    }
    if (std::cin.bad()) {
      ReportError("<stdin>", "read error");
      return kExitFailed;
    }
  }
  auto built = BuildPipelineOrReport(o.rules_dir, o.profile);
  if (built == nullptr) return kExitUsage;
  Document doc = Document::FromText("explain", text);
  doc.trace_claims = true;  // every claim-rule candidate and its fate
  (void)built->pipeline->Process(&doc);
  const std::vector<ClaimTrace>& trace = doc.claim_trace;

  for (size_t si = 0; si < doc.sentences.size(); ++si) {
    const Sentence& s = doc.sentences[si];
    std::printf("Sentence %zu%s:\n  ", si, s.heading ? " (heading)" : "");
    for (auto [b, e] : doc.SentenceParts(s)) {
      for (uint32_t i = b; i < e; ++i) {
        std::printf("%s/%s ", std::string(doc.TokenText(i)).c_str(),
                    std::string(PosName(doc.pos[i])).c_str());
      }
    }
    std::printf("\n");
  }
  std::printf("\nEntities:\n");
  for (const Entity& e : doc.entities) {
    std::printf("  %-13s %-28s %-24s %s\n", std::string(EntityTypeName(e.type)).c_str(),
                std::string(doc.Text(e.span)).c_str(), e.norm.c_str(), e.rule.c_str());
  }
  std::printf("\nRule candidates:\n");
  for (const ClaimTrace& t : trace) {
    std::printf("  %-28s trigger \"%s\" in \"%s\": %s\n", t.rule.c_str(),
                std::string(doc.Text(t.trigger)).c_str(),
                std::string(doc.Text(t.match)).c_str(), t.outcome.c_str());
  }
  std::printf("\nClaims:\n");
  for (const Claim& c : doc.claims) {
    std::printf("  %s %s (rule %s)\n    cause:   %s\n    trigger: %s\n    effect:  %s\n",
                std::string(RelationName(c.relation)).c_str(),
                std::string(ModalityName(c.modality)).c_str(), c.rule.c_str(),
                std::string(doc.Text(c.cause)).c_str(),
                std::string(doc.Text(c.trigger)).c_str(),
                std::string(doc.Text(c.effect)).c_str());
    if (c.attribution) {
      std::printf("    source:  %s\n", std::string(doc.Text(*c.attribution)).c_str());
    }
    if (!c.key.empty()) std::printf("    key:     %s\n", c.key.c_str());
  }
  if (doc.claims.empty()) std::printf("  (none)\n");
  return kExitOk;
}

}  // namespace casus
