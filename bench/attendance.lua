-- wrk script of bench/attendance.sh: each thread walks its share of a prepared list of marks, one line each:
--   cookie <TAB> CSRF token <TAB> path <TAB> JSON body
-- and sends each exactly once (PUT). When a thread's share is sent, its idle connections send nothing more
-- (an empty request, which wrk writes as nothing); when its last answer is in, the thread stops and leaves a
-- file DONE_DIR/done.<thread>, for the caller to end wrk (SIGINT: wrk prints its figures). wrk's percentiles
-- are thus of the marks alone; wrk's own rate divides by the time until it was ended, so the marks' rate is
-- measured here, from the first mark sent to the last answer received (LuaJIT's ffi, a monotonic clock).
-- Usage: wrk -t2 -c64 -d300s --timeout 60s --latency -s bench/attendance.lua URL -- MARKS THREADS DONE_DIR
local ffi = require("ffi")
ffi.cdef [[
  typedef struct { long tv_sec; long tv_nsec; } polku_timespec;
  int clock_gettime(int clock, polku_timespec *t);
]]
local clock = ffi.new("polku_timespec")
local function now()
  ffi.C.clock_gettime(1, clock) -- CLOCK_MONOTONIC
  return tonumber(clock.tv_sec) + tonumber(clock.tv_nsec) / 1e9
end

local threads = {}
local next_id = 0

function setup(thread)
  thread:set("id", next_id)
  next_id = next_id + 1
  table.insert(threads, thread)
end

local mine, sent, answered, verifying, done_file = {}, 0, 0, false, ""
-- Read by done() through thread:get.
errors, first_error, statuses, first_sent, last_answer, count = 0, "", "", 0, 0, 0

function init(args)
  local file, threads_count, id = args[1], tonumber(args[2]), wrk.thread:get("id")
  done_file = args[3] .. "/done." .. id
  local n = 0
  for line in io.lines(file) do
    if n % threads_count == id then
      local cookie, csrf, path, body = line:match("^([^\t]*)\t([^\t]*)\t([^\t]*)\t(.*)$")
      table.insert(mine, wrk.format("PUT", path,
        { ["Cookie"] = cookie, ["X-CSRF-Token"] = csrf, ["Content-Type"] = "application/json" }, body))
    end
    n = n + 1
  end
  count = #mine
  -- wrk calls the first thread's request() once before the run to check what it returns: not a mark sent.
  verifying = id == 0
end

function request()
  if verifying then
    verifying = false
    return mine[1]
  end
  if sent >= #mine then return "" end
  if sent == 0 then first_sent = now() end
  sent = sent + 1
  return mine[sent]
end

local seen = {}
function response(status, headers, body)
  answered = answered + 1
  seen[status] = (seen[status] or 0) + 1
  if status ~= 200 then
    errors = errors + 1
    if first_error == "" then first_error = status .. " " .. body:sub(1, 300) end
  end
  if answered == #mine then
    last_answer = now()
    local parts = {}
    for s, c in pairs(seen) do table.insert(parts, s .. "=" .. c) end
    statuses = table.concat(parts, " ")
    io.open(done_file, "w"):close()
    wrk.thread:stop()
  end
end

function done(summary, latency, requests)
  local errs, total, from, to = 0, 0, math.huge, 0
  for _, t in ipairs(threads) do
    errs = errs + t:get("errors")
    total = total + t:get("count")
    if t:get("first_sent") > 0 then from = math.min(from, t:get("first_sent")) end
    to = math.max(to, t:get("last_answer"))
    io.write(string.format("thread %d answers: %s\n", t:get("id"), t:get("statuses")))
    if t:get("first_error") ~= "" then io.write("first refusal: " .. t:get("first_error") .. "\n") end
  end
  io.write(string.format("marks answered: %d of %d, not 200: %d\n", summary.requests, total, errs))
  io.write(string.format("marks rate: %.1f marks/s (%d in %.3f s)\n", summary.requests / (to - from),
    summary.requests, to - from))
end
