// Chunker: noun-phrase and clause boundaries over one contiguous run of a
// sentence, from the tag stage's parts of speech. The claim stage fills its
// cause and effect slots with these; no full parse is attempted.
//
//   Chunker ch(doc, lexicon, classes, run_begin, run_end, &trigger_mask);
//   TokenRange np = ch.NpRight(k);      // "the growing US influence in the region"
//   TokenRange subj = ch.Subject(k);    // clause start .. k
//
// A noun phrase is determiners, numbers, adjectives, nouns and names (with
// possessive 's and compound hyphens), extended by attached prepositional
// phrases (`@pp_attach` words: of, in, on, between ...), "of" + gerund,
// a participle + "by" phrase, and coordination with another noun phrase. A
// clause ends at ; : dashes, commas and the run's end. Tokens marked in
// `blocked` (other claims' triggers) never start an attached phrase.
//
// Cheap to construct; not thread-safe (one per sentence run and thread).
#ifndef CASUS_ENGINE_CHUNKER_H_
#define CASUS_ENGINE_CHUNKER_H_

#include <cstdint>
#include <optional>
#include <vector>

#include "pipeline/document.h"
#include "engine/lexicon.h"
#include "engine/word_classes.h"

namespace casus {

struct TokenRange {
  uint32_t begin = 0;
  uint32_t end = 0;  // exclusive; begin == end: none
  bool empty() const { return end <= begin; }
  uint32_t size() const { return end - begin; }
};

// Word classes the chunker consults (ids from the Lexicon; -1 = absent).
class Chunker {
 public:
  Chunker(const Document& doc, const Lexicon& lexicon,
          const WordClasses& classes, uint32_t begin, uint32_t end,
          const std::vector<uint8_t>* blocked);

  // The noun phrase starting at k (with attachments), or empty.
  TokenRange NpRight(uint32_t k) const;
  // The noun phrase ending just before k (with attachments reached
  // backwards), or empty. A relative pronoun before k ("X, which led to")
  // yields its antecedent.
  TokenRange NpLeft(uint32_t k) const;
  // From k to the end of its clause.
  TokenRange ClauseRight(uint32_t k) const;
  // From the start of the clause containing k-1 to k, without a leading
  // discourse marker, conjunction or complementizer.
  TokenRange ClauseLeft(uint32_t k) const;
  // The subject of the clause whose verb group ends before k: the
  // antecedent of a relative pronoun, the noun phrase before an aside
  // between commas or dashes (AsideStart), else ClauseLeft(k) without
  // trailing auxiliaries, modals, negation, adverbs and adverbials ("in
  // turn"). After a conjunction joining verb phrases ("[It] lowered revenues
  // and raised", "[We] must continue to support and strengthen"), the
  // subject of the first verb phrase. An imperative "let" stays out: "Let
  // [us] ensure".
  TokenRange Subject(uint32_t k) const;
  // The cause of a purpose clause starting at k ("to counter"): the object
  // of a put-in-place verb ("established [close ties] to", also after a
  // particle or the verb's preposition: "set up [a fund] to", "agree on
  // [rules] to"), else the verb phrase ("[closed two crossings] to"), else
  // the actor of a control verb ("[Russia] sought to"). Empty when the
  // purpose hangs on a noun ("efforts to").
  TokenRange PurposeCause(uint32_t k) const;
  // The action of the clause r as a purpose's cause (ANNOTATION.md:
  // purposes), for a purpose fronted before it ("To attain these objectives,
  // we need [immediate action to cut imports]"): from a direct object after
  // the main verb to the clause's end; else from the main verb, subject and
  // auxiliaries left out ("the Congress must [act in this session]"); the
  // subject before a copula ("[good education] is fundamental"); r when no
  // verb is found.
  TokenRange ActionOf(TokenRange r) const;
  // The first comma at or after k in the run, or end.
  uint32_t NextComma(uint32_t k) const;
  // `r` without trailing time adjuncts ("in 2016", "by 2030", "over the
  // summer", "since 2019", "in September of that year"): a @time_prep
  // followed only by numbers, months, @time_word and @time_filler words,
  // with at least one year, month or time word. Repeated; never empties r.
  TokenRange CutTimeAdjuncts(TokenRange r) const;
  // An effect's noun phrase `r` with its restrictive complement ("the 36
  // million Americans [who depend on it]", "the travel deficit [that we
  // have]", "their capacity [to help themselves]"): a relative clause after
  // the head with no comma before it, or an infinitive, to the end of its
  // clause (at most 25 tokens). Never over another claim's trigger (a
  // purpose "to" is one): then `r`.
  TokenRange WithComplement(TokenRange r) const;
  // `r` without a reporting clause before its phrase ("[BJP leader Vijay
  // Goel said] Chief Minister Arvind Kejriwal", "[I believe] our tax cuts"):
  // a subject, a verb of @clause_report tagged a verb and after no
  // auxiliary, and "that", when a noun phrase follows (no preposition, verb
  // or conjunction: "conferences held in") with a head. Never empties r.
  TokenRange CutReportingClause(TokenRange r) const;
  // `r` without a leading adjunct of time or place before its noun phrase
  // ("[In 1944] aircraft of the Fourteenth Air Force", "[In Western
  // Europe] our policy"): a @time_prep, then a time phrase (numbers,
  // months, @time_word and @time_filler words ending in a year, month or
  // time word) or a place entity before a determiner or pronoun; what is
  // left must begin no prepositional phrase and hold a head. Never empties r.
  TokenRange CutLeadingAdjunct(TokenRange r) const;
  // r without the conjunctions it opens with ("[and] bias still", "[since]
  // restrictions on fishing") and a complementizer "that" before a
  // determiner ("projections [that] a loss of ..."). Never empties r.
  TokenRange CutLeadingConnective(TokenRange r) const;
  // r from the subject of a relative clause opened by a preposition and
  // "which"/"whom" when that subject ends r ("positions from which [we and
  // our allies]", "ways in which [these surpluses]": the relative clause's
  // verb is the trigger or after it). Never empties r.
  TokenRange CutToRelativeSubject(TokenRange r) const;
  // What every cause and effect span loses at its start: leading
  // connectives, then a fronted adjunct (the two cuts above), and what
  // comes before a relative clause's subject that ends it.
  TokenRange TrimSpan(TokenRange r) const {
    return CutToRelativeSubject(CutLeadingAdjunct(CutLeadingConnective(r)));
  }
  // When `cause` is only a cause noun with determiners and modifiers ("the
  // main factors") and the clause goes on after `effect` with a list verb
  // ("the factors that lead to X include: A; B; C"), the listed items: split
  // at semicolons when there are any, else at commas and the last "and"
  // (as coordinated phrases are). Otherwise empty.
  std::vector<TokenRange> ListedCauses(TokenRange cause, TokenRange effect) const;
  // For a clause r that a comma ends, the clauses listed after it to the
  // end of the sentence when "and" or "or" joins the last ("If X, [heat
  // waves will be frequent], [coastal areas will flood], and [economies
  // will be disrupted]"): each opens with a noun phrase and holds a verb,
  // three clauses in all at least. Otherwise (two clauses, a phrase among
  // them, no closing conjunction) empty.
  std::vector<TokenRange> FollowingClauses(TokenRange r) const;

  uint32_t begin() const { return begin_; }
  uint32_t end() const { return end_; }

 private:
  Pos P(uint32_t i) const { return doc_.pos[i]; }
  // A verb, auxiliary or modal at token i.
  bool IsVerbal(uint32_t i) const {
    Pos p = P(i);
    return p == Pos::kVerb || p == Pos::kAux || p == Pos::kModal;
  }
  static constexpr uint32_t kMaxPhrase = 60;  // tokens; longer slots are cut
  bool In(uint32_t i, int cls) const;
  // One attachment extending the noun phrase that starts at k and ends at
  // e (a prepositional phrase, a participle or nominalization with its
  // agent, a conjunct): the new end, or nullopt when nothing attaches.
  std::optional<uint32_t> AttachRight(uint32_t k, uint32_t e) const;
  // For a comma at e that opens the rest of a list of noun phrases ("A[,] B,
  // and C"): the end of the list's last item; else nullopt.
  std::optional<uint32_t> ListAfterComma(uint32_t e) const;
  // For a comma at e before a postposed modifier between commas and a
  // prepositional phrase ("the outbreak of war[,] conventional or nuclear,
  // in Europe"): the end of that phrase's noun phrase; else nullopt.
  std::optional<uint32_t> AsideThenPhrase(uint32_t e) const;
  // The subject as Subject() finds it, before an imperative "let" is cut.
  TokenRange SubjectOf(uint32_t k) const;
  // Subject: the cases decided by what stands right before the verb group
  // ending at j (a relative or other pronoun, an adverbial, a comma or dash
  // aside); nullopt for the others.
  std::optional<TokenRange> SubjectBeforeVerbGroup(uint32_t j) const;
  // For a conjunction at c right before a verb group ("X cut taxes and
  // [raised]"), the start of the verb group of the verb phrase it joins, in
  // the same clause and with words before it; else nullopt.
  std::optional<uint32_t> CoordinatedVerbGroup(uint32_t c) const;
  // For a verb group at j right after a comma whose list of verb phrases
  // starts at the verb group g: true when a conjunction later in the
  // sentence joins a verb phrase to the same list ("A, [provide] B and
  // enhance C").
  bool ClosingConjunctJoins(uint32_t j, uint32_t g) const;
  // For a gerund at k right after a comma: true when the items before it
  // are gerund phrases back to "by" or "through" ("by investing in our
  // people, [expanding] our exports"), a list of means whose subject is the
  // main clause's actor.
  bool InMeansList(uint32_t k) const;
  // Whether the verb group starting at g is active and takes an object
  // right after its last verb ("undermines [public trust]"; not "has been
  // held", "spiked as", "grown more than tenfold").
  bool ActsOnObject(uint32_t g) const;
  // The start of the first finite verb group of the clause that ends at the
  // comma c (after its subject; participles modifying a noun skipped), or
  // nullopt.
  std::optional<uint32_t> MainVerbGroup(uint32_t c) const;
  // The same for the clause from s (its subject's first word) to c.
  std::optional<uint32_t> MainVerbGroup(uint32_t s, uint32_t c) const;
  // Whether "as" at e, in a phrase from k, completes a verb of regarding
  // ("treat the programme [as] a chip") or "such X [as] Y".
  bool AsComplement(uint32_t k, uint32_t e) const;
  // Subject: the clause before the verb group, list subjects extended.
  TokenRange SubjectFromClause(uint32_t k, uint32_t j) const;
  // The verb "let" ("Let us", "let every man"): an imperative's.
  bool IsLet(uint32_t i) const {
    return doc_.TokenText(i) == "let" || doc_.TokenText(i) == "Let";
  }
  bool IsNpCore(uint32_t i) const;
  bool IsHead(uint32_t i) const;
  bool IsBoundary(uint32_t i) const;
  bool Blocked(uint32_t i) const { return blocked_ && (*blocked_)[i]; }
  // The bare noun phrase (no attachments) starting at k.
  uint32_t CoreRightEnd(uint32_t k) const;
  // The bare noun phrase ending at k (exclusive): its start, or k.
  uint32_t CoreLeftStart(uint32_t k) const;
  TokenRange TrimRight(TokenRange r) const;
  // A four-digit year ("2016") or decade ("1990s").
  bool IsYear(uint32_t k) const;
  // For a comma at `close` ending an aside (", which now rivals Y,", ",
  // meanwhile,", ", probably worsened by Y,", ", already severe,", ", they
  // said,", ", in turn,"), the comma
  // that opens it; else `close`.
  uint32_t AsideStart(uint32_t close) const;

  const Document& doc_;
  const Lexicon& lex_;
  const WordClasses& cls_;
  uint32_t begin_, end_;
  const std::vector<uint8_t>* blocked_;
};

}  // namespace casus

#endif  // CASUS_ENGINE_CHUNKER_H_
