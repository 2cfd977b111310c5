#include "graph/detail/merge_operators.hpp"

#include <string>
#include <string_view>

#include <rocksdb/merge_operator.h>

#include "graph/detail/index_entry.hpp"

namespace parley::graph::detail {

namespace {
// Associative: the union of sorted lists is a linear merge, cheap to apply pairwise.
class ByActorUnion : public rocksdb::AssociativeMergeOperator {
 public:
  bool Merge(const rocksdb::Slice& /*key*/, const rocksdb::Slice* existing, const rocksdb::Slice& value,
             std::string* new_value, rocksdb::Logger* /*logger*/) const override {
    const std::string_view added(value.data(), value.size());
    if (existing == nullptr) {
      std::string sorted;  // the first value of the key: only its form is checked
      if (!union_by_actor_values({}, added, sorted)) return false;
      *new_value = std::move(sorted);
      return true;
    }
    // false: RocksDB reports a Corruption status to the reader
    return union_by_actor_values(std::string_view(existing->data(), existing->size()), added, *new_value);
  }

  const char* Name() const override { return "parley.ByActorUnion"; }
};
}  // namespace

std::shared_ptr<rocksdb::MergeOperator> make_by_actor_merge_operator() { return std::make_shared<ByActorUnion>(); }

}  // namespace parley::graph::detail
