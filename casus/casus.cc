#include "casus/casus.h"

#include <dlfcn.h>
#include <sys/stat.h>

#include <cstdlib>
#include <thread>

#include "casus/pipeline_factory.h"
#include "pipeline/claim_set.h"
#include "pipeline/env.h"
#include "pipeline/json_output.h"
#include "pipeline/runner.h"
#include "pipeline/strings.h"
#include "pipeline/utf8.h"

#ifndef CASUS_SOURCE_RULES_DIR
#define CASUS_SOURCE_RULES_DIR "rules"
#endif
#ifndef CASUS_INSTALL_RULES_DIR
#define CASUS_INSTALL_RULES_DIR "/usr/local/share/casus/rules"
#endif
#ifndef CASUS_VERSION
#define CASUS_VERSION "0.0.0"
#endif

namespace casus {
namespace {

bool IsDir(const std::string& path) {
  struct stat st;
  return stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

// The bundled rules: beside the library or module this code is in (an
// installed PREFIX/lib/... finds PREFIX/share/casus/rules), the configured
// install folder, then the source tree's.
std::string FindRules() {
  if (const char* env = std::getenv("CASUS_RULES"); env != nullptr && *env != '\0') return env;
  Dl_info info;
  if (dladdr(reinterpret_cast<void*>(&FindRules), &info) != 0 && info.dli_fname != nullptr) {
    std::string dir = info.dli_fname;
    for (int up = 0; up < 6; ++up) {
      size_t slash = dir.rfind('/');
      if (slash == std::string::npos) break;
      dir.resize(slash);
      std::string cand = dir + "/share/casus/rules";
      if (IsDir(cand + "/entities")) return cand;
    }
  }
  if (IsDir(std::string(CASUS_INSTALL_RULES_DIR) + "/entities")) return CASUS_INSTALL_RULES_DIR;
  return CASUS_SOURCE_RULES_DIR;
}

TextSpan MakeSpan(const Document& doc, const CodePointIndex& index, Span s) {
  TextSpan t;
  t.start = index.ToCodePoint(s.begin);
  t.end = index.ToCodePoint(s.end);
  t.byte_start = s.begin;
  t.byte_end = s.end;
  t.text = std::string(doc.Text(s));
  return t;
}

// A DocumentSource over texts in memory, and a sink that keeps results.
class TextsSource : public DocumentSource {
 public:
  explicit TextsSource(const std::vector<std::string>& texts) : texts_(texts) {}
  bool Next(Document* doc) override {
    if (next_ >= texts_.size()) return false;
    *doc = Document::FromText(StrCat(next_), texts_[next_]);
    ++next_;
    return true;
  }

 private:
  const std::vector<std::string>& texts_;
  size_t next_ = 0;
};

}  // namespace

struct Extractor::Impl {
  BuiltPipeline built;
  std::string rules_dir;
  std::string profile;

  Extraction Convert(const Document& doc, std::string json) const {
    Extraction x;
    x.id = doc.id;
    x.warnings = doc.warnings;
    x.error = doc.error;
    x.json = std::move(json);
    CodePointIndex index(doc.text);
    for (const Entity& e : doc.entities) {
      x.entities.push_back({MakeSpan(doc, index, e.span), std::string(EntityTypeName(e.type)),
                            e.norm, e.rule});
    }
    for (const Claim& c : doc.claims) {
      ExtractedClaim out;
      out.cause = MakeSpan(doc, index, c.cause);
      out.trigger = MakeSpan(doc, index, c.trigger);
      out.effect = MakeSpan(doc, index, c.effect);
      out.relation = std::string(RelationName(c.relation));
      out.modality = std::string(ModalityName(c.modality));
      if (c.attribution.has_value()) {
        out.has_attribution = true;
        out.attribution = MakeSpan(doc, index, *c.attribution);
      }
      out.key = c.key;
      out.id = c.key.empty() ? "" : ClaimIdOf(c.key);
      out.rule = c.rule;
      out.sentence = c.sentence;
      x.claims.push_back(std::move(out));
    }
    return x;
  }
};

Extractor::Extractor(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Extractor::~Extractor() = default;

absl::StatusOr<std::unique_ptr<Extractor>> Extractor::Create(const ExtractorOptions& options) {
  BuildOptions b;
  b.rules_dir = options.rules_dir.empty() ? FindRules() : options.rules_dir;
  b.profile = options.profile;
  if (!options.wordnet_dir.empty()) {
    b.wordnet_dir = options.wordnet_dir;
  } else if (const char* env = std::getenv("CASUS_WORDNET"); env != nullptr && *env != '\0') {
    b.wordnet_dir = env;
  }
  b.max_document_bytes = options.max_document_bytes;
  auto built = BuildPipeline(b, Env::Default());
  if (!built.ok()) return built.status();
  auto impl = std::make_unique<Impl>();
  impl->built = *std::move(built);
  impl->rules_dir = b.rules_dir;
  impl->profile = b.profile;
  return std::unique_ptr<Extractor>(new Extractor(std::move(impl)));
}

Extraction Extractor::Process(std::string_view text, std::string_view id) const {
  Document doc = Document::FromText(std::string(id), std::string(text));
  if (doc.text.empty()) doc.error = "empty document";
  (void)impl_->built.pipeline->Process(&doc);
  std::string json;
  AppendDocumentJson(doc, OutputOptions{}, &json);
  return impl_->Convert(doc, std::move(json));
}

std::vector<Extraction> Extractor::ProcessAll(const std::vector<std::string>& texts,
                                              int threads) const {
  class Keep : public DocumentSink {
   public:
    Keep(const Impl& impl, std::vector<Extraction>* out) : impl_(impl), out_(out) {}
    std::string Render(const Document& doc) const override {
      std::string json;
      AppendDocumentJson(doc, OutputOptions{}, &json);
      return json;
    }
    absl::Status Write(const Document& doc, std::string rendered) override {
      out_->push_back(impl_.Convert(doc, std::move(rendered)));
      return absl::OkStatus();
    }

   private:
    const Impl& impl_;
    std::vector<Extraction>* out_;
  };
  std::vector<Extraction> out;
  out.reserve(texts.size());
  TextsSource source(texts);
  Keep sink(*impl_, &out);
  RunnerOptions ropts;
  ropts.threads = threads > 0 ? threads
                              : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  (void)RunPipeline(*impl_->built.pipeline, &source, &sink, ropts);
  return out;
}

const std::string& Extractor::rules_dir() const { return impl_->rules_dir; }
const std::string& Extractor::profile() const { return impl_->profile; }

absl::StatusOr<std::string> MergeClaimSets(const std::vector<std::string>& claim_sets,
                                           const std::vector<std::string>& names) {
  ClaimSet all;
  for (size_t i = 0; i < claim_sets.size(); ++i) {
    ClaimSet one;
    std::string name = i < names.size() ? names[i] : StrCat("claim set ", i + 1);
    if (absl::Status s = one.ParseJsonl(claim_sets[i], name); !s.ok()) return s;
    all.Merge(one);
  }
  return all.ToJsonl();
}

std::string_view Version() { return CASUS_VERSION; }

}  // namespace casus
