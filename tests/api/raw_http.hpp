// Raw HTTP for the tests of the HTTP layer: request bytes exactly as written (malformed ones too), and one
// response read back.
#pragma once
#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <cctype>
#include <optional>
#include <string>

#include "api/api_test_helpers.hpp"

namespace polku::api_test {

// Sends raw request bytes, ignoring a send refused half-way (a server may answer
// and stop reading before the body ends), then reads one response: none when the server closed the connection
// without one.
inline std::optional<HttpResponse> try_send_raw(unsigned short port, const std::string& head,
                                                const std::string& body = {}) {
  namespace asio = boost::asio;
  namespace beast = boost::beast;
  namespace bhttp = beast::http;
  asio::io_context ioc;
  asio::ip::tcp::socket socket(ioc);
  socket.connect({asio::ip::make_address("127.0.0.1"), port});
  boost::system::error_code ec;
  asio::write(socket, asio::buffer(head), ec);
  for (std::size_t at = 0; !ec && at < body.size(); at += 64 * 1024) {
    asio::write(socket, asio::buffer(body.data() + at, std::min<std::size_t>(64 * 1024, body.size() - at)), ec);
  }
  beast::flat_buffer buffer;
  bhttp::response_parser<bhttp::string_body> parser;
  bhttp::read(socket, buffer, parser, ec);
  HttpResponse out;
  if (ec && !parser.is_header_done()) return std::nullopt;
  auto res = parser.release();
  out.status = res.result_int();
  out.body = res.body();
  for (const auto& field : res) {
    std::string name(field.name_string());
    for (auto& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    out.headers[name] = std::string(field.value());
  }
  return out;
}

inline HttpResponse send_raw(unsigned short port, const std::string& head, const std::string& body) {
  auto res = try_send_raw(port, head, body);
  if (!res) {
    ADD_FAILURE() << "no response";
    return {};
  }
  return *res;
}

}  // namespace polku::api_test
