defmodule ExESDBTop.Bridge.Config do
  @moduledoc """
  The bridge's settings, from the child spec's options over the application
  environment (`config :exesdb_top_bridge, key: value`) over the defaults below.

  | key | default | meaning |
  |---|---|---|
  | `name` | `ExESDBTop.Bridge` | name of the bridge's supervisor; prefix of its processes |
  | `ip` | `{127, 0, 0, 1}` | address to listen on (tuple or text such as `"::1"`) |
  | `port` | `7755` | TCP port; `0` picks a free one (see `ExESDBTop.Bridge.port/1`) |
  | `stores` | `[:ex_esdb, :khepri, :store_id]` when set, else `[]` | store ids: health/logging topics and StoreTopology |
  | `subscriptions` | `default_subscriptions(stores)` | `[{pubsub_server, topic}]`, replaces the defaults |
  | `extra_subscriptions` | `[]` | `[{pubsub_server, topic}]` added to the above |
  | `pubsub_module` | `Phoenix.PubSub` | module with `subscribe/2` and `broadcast/3` |
  | `secret` | `:gater` | HMAC key: `:gater` finds it as ex-esdb-gater does, a binary, or `nil` |
  | `reject_unsecured` | `false` | refuse `{:unsecured_message, _}` when a secret is set |
  | `heartbeat_interval_ms` | `2000` | Heartbeat line period |
  | `topology_interval_ms` | `5000` | StoreTopology line period per store |
  | `topology_timeout_ms` | `2000` | longest wait for one store's leader and members |
  | `topology_module` | `ExESDBTop.Bridge.Topology.Cluster` | an `ExESDBTop.Bridge.Topology` |
  | `accept_acks` | `true` | broadcast the AlertAcks clients send; `false` makes the bridge read-only |
  | `ack_pubsub`, `ack_topic` | `:ex_esdb_alerts`, `"alerts"` | where client AlertAcks are broadcast |
  | `max_clients` | `32` | connections beyond this are closed at once |
  | `client_buffer_lines` | `10000` | lines kept for a slow client before the oldest go |
  | `client_buffer_bytes` | `8388608` | bytes kept for a slow client before the oldest lines go |
  | `client_send_timeout_ms` | `60000` | a client that takes no byte for this long is closed |
  | `max_line_bytes` | `1048576` | longer lines are not sent (counted `oversized`) |
  | `max_input_line_bytes` | `65536` | longest line accepted from a client |
  | `file` | `nil` | also append every line to this file |
  | `file_max_bytes` | `104857600` | when the file passes this size it is renamed `<file>.1` and restarted |
  | `json` | `:auto` | `:jason`, `:otp` (OTP 27 `:json`) or `:own`; `:auto` picks the first available |
  | `resubscribe_interval_ms` | `5000` | retry period when a PubSub server is missing |
  """

  alias ExESDBTop.Bridge.{JSON, Stats}

  @defaults [
    name: ExESDBTop.Bridge,
    ip: {127, 0, 0, 1},
    port: 7755,
    stores: nil,
    subscriptions: nil,
    extra_subscriptions: [],
    pubsub_module: Phoenix.PubSub,
    secret: :gater,
    reject_unsecured: false,
    heartbeat_interval_ms: 2_000,
    topology_interval_ms: 5_000,
    topology_timeout_ms: 2_000,
    topology_module: ExESDBTop.Bridge.Topology.Cluster,
    accept_acks: true,
    ack_pubsub: :ex_esdb_alerts,
    ack_topic: "alerts",
    max_clients: 32,
    client_buffer_lines: 10_000,
    client_buffer_bytes: 8 * 1024 * 1024,
    client_send_timeout_ms: 60_000,
    max_line_bytes: 1024 * 1024,
    max_input_line_bytes: 64 * 1024,
    file: nil,
    file_max_bytes: 100 * 1024 * 1024,
    json: :auto,
    resubscribe_interval_ms: 5_000
  ]

  @alert_topics ~w(alerts node_failure persistence_failure store_failure store_startup_failed
                   store_shutdown_failed health_degraded health_critical process_failure
                   resource_critical resource_warning critical warnings notifications escalations)

  defstruct Keyword.keys(@defaults) ++ [:registry, :stats, :sequence]

  @typedoc "Resolved settings plus the shared counters and line sequence."
  @type t :: %__MODULE__{}

  @doc "The default values of every key."
  @spec defaults() :: keyword()
  def defaults, do: @defaults

  @doc "Resolves settings from `opts` and the application environment."
  @spec new(keyword()) :: t()
  def new(opts) do
    settings =
      @defaults
      |> Keyword.merge(Application.get_all_env(:exesdb_top_bridge))
      |> Keyword.merge(opts)
      |> Keyword.take(Keyword.keys(@defaults))

    config = struct!(__MODULE__, settings)
    stores = config.stores || configured_store()

    %{
      config
      | stores: stores,
        ip: parse_ip(config.ip),
        secret: resolve_secret(config.secret),
        json: if(config.json == :auto, do: JSON.default_backend(), else: config.json),
        subscriptions:
          Enum.uniq(
            (config.subscriptions || default_subscriptions(stores)) ++ config.extra_subscriptions
          ),
        registry: registry_name(config.name),
        stats: Stats.new(),
        sequence: :atomics.new(1, signed: false)
    }
  end

  @doc """
  The PubSub servers and topics ExESDB publishes monitoring on (see exesdb-reality.md):
  health per store and cluster, the metrics components, every alert type, the
  diagnostics topics, and each store's logging topic (or EmitterWorker's component topic
  when no store is known; both at once would deliver every log event twice).
  """
  @spec default_subscriptions([atom() | String.t()]) :: [{atom(), String.t()}]
  def default_subscriptions(stores) do
    health = ["cluster:health" | Enum.map(stores, &"#{&1}:health")]
    gater_health = ~w(node_health cluster_health component_health health_checks)
    metrics = ~w(persistence cluster_health system_resources performance)
    diagnostics = ~w(debug_traces performance_analysis system_state error_analysis)

    logging =
      if stores == [],
        do: ["logging:emitter_worker"],
        else: Enum.map(stores, &"logging:store:#{&1}")

    Enum.map(health ++ gater_health, &{:ex_esdb_health, &1}) ++
      Enum.map(metrics, &{:ex_esdb_metrics, &1}) ++
      Enum.map(@alert_topics, &{:ex_esdb_alerts, &1}) ++
      Enum.map(diagnostics, &{:ex_esdb_diagnostics, &1}) ++
      Enum.map(logging, &{:ex_esdb_logging, &1})
  end

  @doc "Name of the Registry that holds a bridge's processes and shared state."
  @spec registry_name(atom()) :: atom()
  def registry_name(bridge_name), do: process_name(bridge_name, Registry)

  @doc "The registered name of one of the bridge's processes, e.g. `process_name(config, Listener)`."
  @spec process_name(t() | atom(), atom()) :: atom()
  def process_name(%__MODULE__{name: name}, part), do: process_name(name, part)
  def process_name(bridge_name, part), do: Module.concat(bridge_name, part)

  @doc "The next line sequence number (1, 2, …), shared by all lines of this bridge."
  @spec next_seq(t()) :: pos_integer()
  def next_seq(%__MODULE__{sequence: sequence}), do: :atomics.add_get(sequence, 1, 1)

  defp configured_store do
    case Application.get_env(:ex_esdb, :khepri) do
      config when is_list(config) or is_map(config) ->
        if store = config[:store_id], do: [store], else: []

      _ ->
        []
    end
  end

  defp parse_ip(ip) when is_tuple(ip), do: ip

  defp parse_ip(text) when is_binary(text) do
    {:ok, ip} = :inet.parse_address(String.to_charlist(text))
    ip
  end

  # ex-esdb-gater's get_secret_key/0 looks in this order.
  defp resolve_secret(:gater) do
    Application.get_env(:ex_esdb_gater, :secret_key_base) ||
      System.get_env("SECRET_KEY_BASE") ||
      Application.get_env(:phoenix, :secret_key_base)
  end

  defp resolve_secret(secret) when is_binary(secret) or is_nil(secret), do: secret
end
