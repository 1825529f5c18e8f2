// The retention module (säilytysajat): the archive schedule as dated data and the job that lists and removes
// what is due. It has no routes: an operator runs `polku retention`.
#pragma once
#include "platform/module.hpp"
#include "retention/retention_service.hpp"
#include "retention/retention_store.hpp"

namespace polku::retention {

class Module final : public platform::Module {
 public:
  Module(const platform::Platform& p, Sources sources, std::vector<Eraser> erasers)
      : store_(p.db), service_(store_, p.transactor, p.audit, std::move(sources), std::move(erasers)) {}
  void register_routes(http::Router&) override {}
  RetentionService& service() { return service_; }

 private:
  RetentionStore store_;
  RetentionService service_;
};

}  // namespace polku::retention
