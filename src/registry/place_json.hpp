// The registry's JSON: request bodies to inputs, records to answers.
#pragma once
#include <boost/json.hpp>

#include "registry/matching.hpp"
#include "registry/place.hpp"

namespace polku::registry {

PlaceInput place_input(const boost::json::object& o);
ClientNeeds client_needs(const boost::json::object& o);

boost::json::object to_json(const Place& p);
boost::json::object to_json(const RankedPlace& r);
boost::json::object to_json(const SupervisorOption& s);

}  // namespace polku::registry
