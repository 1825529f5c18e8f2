// Precompiled header: the heavy, stable third-party headers.
#pragma once
#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/json.hpp>
#include <soci/soci.h>
#include <spdlog/spdlog.h>
#include <map>
#include <memory>
#include <string>
#include <vector>
