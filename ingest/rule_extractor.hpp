#pragma once
// RuleExtractor: parley's extraction engine. Rules are data (the language's lexicon and the
// knowledge base, matched in one pass per sentence by a Gazetteer); the grammar shared by the
// languages is the small code in rule_extractor.cpp:
//   mentions   person names, role + state ("وزیر خارجه روسیه", "Qatar's foreign minister"),
//              appositions, counterparts ("همتای روس خود", "his Russian counterpart"), plural roles
//              ("وزرای خارجه قطر و سوریه"), pronouns and subjectless sentences (the salient official)
//   triggers   called / met / visited words, blocked by modality cues (future, planned, invited,
//              proposed, denied, negated, hypothetical) near them
//   roles      subject = first participant; the others (with "با"/"with", coordinated, objects)
//              are its counterparts; visits go to the states and cities named as destinations
//   dates      the nearest date expression of the sentence; else the publication day, or unknown
//              for background events (pluperfect, "earlier")
// Officials named only by role resolve to whoever held the office on the event date; nobody
// known gives a placeholder actor "role:foreign_minister@QAT", never a dropped edge.
//
// Files: detail/sentence_refs (references of a sentence), detail/resolution (who they are, the
// article's context), detail/modality (cues and clauses), apposition (learning officials),
// rule_extractor.cpp (triggers -> participants -> dated edges, and the article loop).

#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>

#include "ingest/extractor.hpp"
#include "ingest/gazetteer.hpp"
#include "ingest/kb.hpp"

namespace parley::ingest {

namespace detail {
class ActorRecords;
}

class RuleExtractor : public Extractor {
 public:
  explicit RuleExtractor(std::shared_ptr<const KnowledgeBase> kb);
  ~RuleExtractor() override;

  Extraction extract(const graph::Article& article, bool with_trace) const override;

  // The gazetteer of a language, built on first use; nullptr when parley has no lexicon for it.
  const Gazetteer* gazetteer(std::string_view lang) const;

 private:
  std::shared_ptr<const KnowledgeBase> kb_;
  std::unique_ptr<detail::ActorRecords> actor_records_;  // the kb's actors and their search keys, once each
  mutable std::mutex mutex_;
  mutable std::map<std::string, std::unique_ptr<Gazetteer>, std::less<>> gazetteers_;
};

}  // namespace parley::ingest
