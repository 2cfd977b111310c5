#pragma once
// Typed exceptions for failures that are not the input's fault: a corrupt or incompatible store,
// an I/O error, a broken invariant. Library code throws them; only cli/main.cpp and the HTTP
// exception handler catch them (exit status 1).

#include <stdexcept>
#include <string>

namespace parley {

class Error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// The database could not be opened, read or written.
class StoreError : public Error {
 public:
  using Error::Error;
};

// The database was written by an incompatible version of parley.
class SchemaMismatchError : public StoreError {
 public:
  using StoreError::StoreError;
};

// A data file shipped with parley (knowledge base, lexicon) is missing or malformed.
class DataFileError : public Error {
 public:
  using Error::Error;
};

}  // namespace parley
