#pragma once
// What every `parley serve` response carries and what every request may cost: security headers,
// request size and time limits, a fixed thread pool, and JSON bodies for the errors httplib
// answers itself (unknown paths, other methods, oversized or malformed requests).

#include <cstddef>

namespace httplib {
class Server;
}

namespace parley::query {

struct ServerLimits {
  std::size_t threads = 8;  // requests served at once; more connections wait their turn
};

// Call before routes are served. Responses whose handler set a body keep it; empty error
// responses get {"error": ...}.
void harden(httplib::Server& server, const ServerLimits& limits);

}  // namespace parley::query
