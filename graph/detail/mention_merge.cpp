#include "graph/detail/merge_operators.hpp"

#include <rocksdb/merge_operator.h>

#include "graph/detail/codec.hpp"
#include "graph/interaction.hpp"

namespace parley::graph::detail {

namespace {
class MentionMerge : public rocksdb::AssociativeMergeOperator {
 public:
  bool Merge(const rocksdb::Slice& /*key*/, const rocksdb::Slice* existing, const rocksdb::Slice& value,
             std::string* new_value, rocksdb::Logger* /*logger*/) const override {
    try {
      if (existing == nullptr) {
        new_value->assign(value.data(), value.size());
        return true;
      }
      auto merged = decode<Interaction>(std::string_view(existing->data(), existing->size()), "interaction");
      merged.absorb(decode<Interaction>(std::string_view(value.data(), value.size()), "interaction"));
      *new_value = encode(merged);
      return true;
    } catch (const std::exception&) {
      return false;  // RocksDB reports a Corruption status to the reader
    }
  }

  const char* Name() const override { return "parley.MentionMerge"; }
};
}  // namespace

std::shared_ptr<rocksdb::MergeOperator> make_mention_merge_operator() {
  return std::make_shared<MentionMerge>();
}

}  // namespace parley::graph::detail
