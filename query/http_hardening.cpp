#include "query/http_hardening.hpp"

#include <set>
#include <string>

#include <httplib.h>
#include <nlohmann/json.hpp>

namespace parley::query {

namespace {

// The page and the API load nothing from elsewhere: scripts, styles and fetches stay on this
// origin, the favicon is a data: URL, and no other site may frame or embed us.
constexpr const char* kContentSecurityPolicy =
    "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; "
    "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

// httplib routes a method with no handler to 404 (CONNECT and TRACE to 400); on a GET-only server
// every such request is 405. A 400 from a malformed request stays 400.
bool other_method(const httplib::Request& req, int status) {
  static const std::set<std::string> others = {"POST", "PUT", "PATCH", "DELETE", "OPTIONS"};
  if (status == 404) return others.count(req.method) > 0;
  return status == 400 && (req.method == "CONNECT" || req.method == "TRACE");
}

std::string message_for(const httplib::Request& req, int status) {
  switch (status) {
    case 404: return "no such path: " + req.path;
    case 405: return req.method + " is not allowed: the API is read-only (GET)";
    case 408: return "the request took too long to arrive";
    case 413: return "the request body is too large (the API is GET only)";
    case 414: return "the request URI is too long";
    default: return "bad request";
  }
}

}  // namespace

void harden(httplib::Server& server, const ServerLimits& limits) {
  server.set_default_headers({
      {"X-Content-Type-Options", "nosniff"},  // a JSON body is never run as a script
      {"X-Frame-Options", "DENY"},            // no clickjacking: older browsers ignore frame-ancestors
      {"Referrer-Policy", "no-referrer"},     // actor names in our URLs stay here
      {"Content-Security-Policy", kContentSecurityPolicy},
  });
  // Every endpoint is a GET; a body is never needed, so a large one is refused (413), not buffered.
  server.set_payload_max_length(64 * 1024);
  // A client that sends or reads slowly (slowloris) holds a worker for at most this long.
  server.set_read_timeout(5, 0);
  server.set_write_timeout(5, 0);
  // An idle keep-alive connection holds a worker too: release it soon, and after enough requests
  // so that one client cannot keep a worker for ever.
  server.set_keep_alive_timeout(2);
  server.set_keep_alive_max_count(100);
  // Headers and body go out in separate writes; with Nagle's algorithm the body then waits for the
  // client's delayed ACK (40 ms), capping a keep-alive connection at ~25 requests/s.
  server.set_tcp_nodelay(true);
  // httplib's default socket option on Linux is SO_REUSEPORT, which lets a second `parley serve`
  // bind the same port and silently take half the requests. SO_REUSEADDR alone still allows a
  // quick restart (TIME_WAIT) but makes a port in use an error.
  server.set_socket_options([](socket_t sock) {
    int yes = 1;
    setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, reinterpret_cast<void*>(&yes), sizeof(yes));
  });
  // A fixed pool: more connections wait in the accept queue rather than adding threads.
  const std::size_t threads = limits.threads > 0 ? limits.threads : 1;
  server.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };

  // httplib answers unknown paths (404), other methods (404 or 400) and bad requests itself, with
  // an empty body; make each a JSON error with the right status.
  server.set_error_handler(httplib::Server::HandlerWithResponse([](const httplib::Request& req, httplib::Response& res) {
    if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;  // a handler's own error
    if (other_method(req, res.status)) {
      res.status = 405;
      res.set_header("Allow", "GET, HEAD");
    }
    res.set_content(nlohmann::json{{"error", message_for(req, res.status)}}.dump(), "application/json; charset=utf-8");
    return httplib::Server::HandlerResponse::Handled;
  }));
}

}  // namespace parley::query
