// The forms module (lomakkeet): form definitions as versioned data, published by a purchaser's managers.
#pragma once
#include "forms/forms_service.hpp"
#include "forms/forms_store.hpp"
#include "forms/routes.hpp"
#include "platform/module.hpp"

namespace polku::forms {

class Module final : public platform::Module {
 public:
  explicit Module(const platform::Platform& p) : store_(p.db), service_(store_, p.transactor) {}
  void register_routes(http::Router& router) override { forms::register_routes(router, service_); }
  FormsService& service() { return service_; }

 private:
  FormsStore store_;
  FormsService service_;
};

}  // namespace polku::forms
