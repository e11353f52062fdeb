export { measureMatchingLatency, formatLatency, type LatencyReport } from './latency';
