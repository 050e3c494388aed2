# The monitoring structs of ex-esdb-gater v0.8.0 (system/lib/ex_esdb_gater/messages/*.ex),
# with their real field names, as test fixtures.

defmodule ExESDBGater.Messages.HealthMessages.NodeHealth do
  @moduledoc false
  defstruct [:node, :status, :checks, :load_avg, :memory_usage, :disk_usage, :timestamp]
end

defmodule ExESDBGater.Messages.HealthMessages.ClusterHealth do
  @moduledoc false
  defstruct [
    :status,
    :healthy_nodes,
    :total_nodes,
    :degraded_nodes,
    :unhealthy_nodes,
    :quorum_status,
    :timestamp
  ]
end

defmodule ExESDBGater.Messages.HealthMessages.ComponentHealth do
  @moduledoc false
  defstruct [:component, :node, :status, :details, :last_check, :timestamp]
end

defmodule ExESDBGater.Messages.HealthMessages.HealthCheck do
  @moduledoc false
  defstruct [:check_name, :node, :result, :duration_ms, :details, :error, :timestamp]
end

defmodule ExESDBGater.Messages.MetricsMessages.PerformanceMetric do
  @moduledoc false
  defstruct [:metric_name, :value, :unit, :node, :component, :tags, :timestamp]
end

defmodule ExESDBGater.Messages.MetricsMessages.ThroughputMetric do
  @moduledoc false
  defstruct [:operation, :count, :duration_ms, :rate_per_sec, :node, :timestamp]
end

defmodule ExESDBGater.Messages.MetricsMessages.LatencyMetric do
  @moduledoc false
  defstruct [:operation, :latency_ms, :percentile, :sample_count, :node, :timestamp]
end

defmodule ExESDBGater.Messages.MetricsMessages.ResourceUsage do
  @moduledoc false
  defstruct [:resource_type, :usage_percent, :total_available, :current_used, :node, :timestamp]
end

defmodule ExESDBGater.Messages.MetricsMessages.MetricAlert do
  @moduledoc false
  defstruct [
    :metric_name,
    :current_value,
    :threshold_value,
    :threshold_type,
    :severity,
    :node,
    :timestamp
  ]
end

defmodule ExESDBGater.Messages.AlertMessages.SystemAlert do
  @moduledoc false
  defstruct [
    :alert_id,
    :severity,
    :category,
    :title,
    :description,
    :source,
    :node,
    :metadata,
    :requires_ack,
    :timestamp
  ]
end

defmodule ExESDBGater.Messages.AlertMessages.AlertAck do
  @moduledoc false
  defstruct [:alert_id, :ack_by, :ack_note, :resolution, :ack_timestamp, :timestamp]
end

defmodule ExESDBGater.Messages.DiagnosticsMessages.DebugTrace do
  @moduledoc false
  defstruct [
    :trace_id,
    :component,
    :operation,
    :trace_data,
    :stack_trace,
    :duration_ms,
    :node,
    :metadata,
    :timestamp
  ]
end
