// The periods module (jaksot). So far its pure rules (holidays, scheduled days, validation) and the
// public holidays' route; the store, service and the rest of the routes come with issue #11.
#pragma once
#include "periods/routes.hpp"
#include "platform/module.hpp"

namespace polku::periods {

class Module final : public platform::Module {
 public:
  void register_routes(http::Router& router) override { periods::register_routes(router); }
};

}  // namespace polku::periods
