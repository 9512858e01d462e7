// The native part of the Python module `casus` (python/casus/__init__.py is
// the face): a Pipeline over casus::Extractor, documents as plain Python
// objects. Offsets are code points, so they index the Python str directly.
// The GIL is released while the pipeline runs.
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "casus/casus.h"

namespace py = pybind11;

namespace {

py::dict SpanDict(const casus::TextSpan& s) {
  py::dict d;
  d["start"] = s.start;
  d["end"] = s.end;
  d["text"] = s.text;
  return d;
}

// One extraction as a dict the Python side wraps: entities and claims as
// lists of dicts, the JSON record, warnings and error.
py::dict ToPython(const casus::Extraction& x) {
  py::list entities, claims;
  for (const casus::ExtractedEntity& e : x.entities) {
    py::dict d = SpanDict(e.span);
    d["type"] = e.type;
    d["norm"] = e.norm;
    d["rule"] = e.rule;
    entities.append(d);
  }
  for (const casus::ExtractedClaim& c : x.claims) {
    py::dict d;
    d["cause"] = SpanDict(c.cause);
    d["trigger"] = SpanDict(c.trigger);
    d["effect"] = SpanDict(c.effect);
    d["relation"] = c.relation;
    d["modality"] = c.modality;
    d["attribution"] = c.has_attribution ? py::object(SpanDict(c.attribution)) : py::none();
    d["key"] = c.key;
    d["id"] = c.id;
    d["rule"] = c.rule;
    d["sentence"] = c.sentence;
    claims.append(d);
  }
  py::dict out;
  out["entities"] = entities;
  out["claims"] = claims;
  out["warnings"] = x.warnings;
  out["error"] = x.error;
  out["json"] = x.json;
  return out;
}

class NativePipeline {
 public:
  NativePipeline(const std::string& rules, const std::string& profile) {
    casus::ExtractorOptions o;
    o.rules_dir = rules;
    o.profile = profile;
    absl::StatusOr<std::unique_ptr<casus::Extractor>> e;
    {
      py::gil_scoped_release release;
      e = casus::Extractor::Create(o);
    }
    if (!e.ok()) throw std::invalid_argument(std::string(e.status().message()));
    extractor_ = *std::move(e);
  }
  py::dict Process(const std::string& text) {
    casus::Extraction x;
    {
      py::gil_scoped_release release;
      x = extractor_->Process(text);
    }
    return ToPython(x);
  }
  py::list ProcessAll(const std::vector<std::string>& texts, int threads) {
    std::vector<casus::Extraction> xs;
    {
      py::gil_scoped_release release;
      xs = extractor_->ProcessAll(texts, threads);
    }
    py::list out;
    for (const casus::Extraction& x : xs) out.append(ToPython(x));
    return out;
  }
  std::string rules_dir() const { return extractor_->rules_dir(); }
  std::string profile() const { return extractor_->profile(); }

 private:
  std::unique_ptr<casus::Extractor> extractor_;
};

std::string Merge(const std::vector<std::string>& texts, const std::vector<std::string>& names) {
  absl::StatusOr<std::string> merged;
  {
    py::gil_scoped_release release;
    merged = casus::MergeClaimSets(texts, names);
  }
  if (!merged.ok()) throw std::invalid_argument(std::string(merged.status().message()));
  return *merged;
}

}  // namespace

PYBIND11_MODULE(_casus, m) {
  m.doc() = "Casus's native extractor; use the `casus` package.";
  py::class_<NativePipeline>(m, "NativePipeline")
      .def(py::init<const std::string&, const std::string&>(), py::arg("rules") = "",
           py::arg("profile") = "")
      .def("process", &NativePipeline::Process, py::arg("text"))
      .def("process_all", &NativePipeline::ProcessAll, py::arg("texts"), py::arg("threads") = 0)
      .def_property_readonly("rules_dir", &NativePipeline::rules_dir)
      .def_property_readonly("profile", &NativePipeline::profile);
  m.def("merge_texts", &Merge, py::arg("texts"), py::arg("names") = std::vector<std::string>{});
  m.attr("__version__") = std::string(casus::Version());
}
