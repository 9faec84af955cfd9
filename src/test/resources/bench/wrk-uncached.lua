-- Every request asks for a window starting at a second no other request used, so no answer can come
-- from the cache: the uncached path (statements, mapping, serialisation) under the same load.
local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("tid", threads)
end
function init(args)
  counter = 0
end
function request()
  counter = counter + 1
  local t = os.time() - 85 * 86400 + tid * 200000 + counter
  return wrk.format("GET", wrk.path .. "&start_date=" .. os.date("!%Y-%m-%dT%H:%M:%SZ", t))
end
done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout
  io.write(string.format("RESULT requests=%d duration_us=%d bytes=%d p50_us=%d p95_us=%d p99_us=%d errors=%d\n",
    summary.requests, summary.duration, summary.bytes, latency:percentile(50), latency:percentile(95), latency:percentile(99), errors))
end
