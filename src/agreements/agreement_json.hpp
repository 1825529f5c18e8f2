// The JSON of agreements and service products.
#pragma once
#include <boost/json.hpp>

#include "agreements/agreement.hpp"

namespace polku::agreements {

ServiceProductInput product_input(const boost::json::object& o);
AgreementInput agreement_input(const boost::json::object& o);

boost::json::object to_json(const ServiceProduct& p);
boost::json::object to_json(const Agreement& a);
boost::json::object to_json(const Partner& p);
boost::json::object to_json(const DocumentInfo& d);

}  // namespace polku::agreements
