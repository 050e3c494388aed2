defmodule ExESDBTop.Bridge do
  @moduledoc """
  Streams an ExESDB node's monitoring messages as NDJSON to exesdb-top consoles.

  Add one child to the node's supervision tree:

      children = [
        # ... ExESDB's own children ...
        {ExESDBTop.Bridge, stores: [:reg_gh]}
      ]

  The bridge subscribes to ExESDB's PubSub servers and topics, opens and checks each
  message (`ExESDBTop.Bridge.Envelope`), writes it as one line
  (`ExESDBTop.Bridge.Line`) to every client of `tcp://127.0.0.1:7755`, adds Heartbeat
  and StoreTopology lines, and broadcasts the AlertAcks clients send. Settings are in
  `ExESDBTop.Bridge.Config`; the wire format is docs/protocol.md.
  """

  use Supervisor

  alias ExESDBTop.Bridge.{
    Config,
    FileSink,
    Heartbeat,
    Listener,
    Stats,
    Subscriber,
    TopologyPoller
  }

  @doc "Child spec; `opts` are the keys of `ExESDBTop.Bridge.Config`."
  @spec child_spec(keyword()) :: Supervisor.child_spec()
  def child_spec(opts) do
    %{
      id: Keyword.get(opts, :name, __MODULE__),
      start: {__MODULE__, :start_link, [opts]},
      type: :supervisor
    }
  end

  @doc "Starts a bridge with `opts` (see `ExESDBTop.Bridge.Config`)."
  @spec start_link(keyword()) :: Supervisor.on_start()
  def start_link(opts \\ []) do
    config = Config.new(opts)
    Supervisor.start_link(__MODULE__, config, name: config.name)
  end

  @doc "The TCP port the bridge `name` listens on (useful with `port: 0`)."
  @spec port(atom()) :: {:ok, :inet.port_number()} | {:error, term()}
  def port(name \\ __MODULE__), do: Listener.port(name)

  @doc "The counters of the bridge `name` (see `ExESDBTop.Bridge.Stats`)."
  @spec stats(atom()) :: %{atom() => non_neg_integer()}
  def stats(name \\ __MODULE__), do: name |> config() |> Map.fetch!(:stats) |> Stats.snapshot()

  @doc "The resolved settings of the bridge `name`."
  @spec config(atom()) :: Config.t()
  def config(name \\ __MODULE__) do
    {:ok, config} = Registry.meta(Config.registry_name(name), :config)
    config
  end

  @impl true
  def init(config) do
    sinks = if config.file, do: [{FileSink, config}], else: []
    topology = if config.stores == [], do: [], else: [{TopologyPoller, config}]

    subscribers =
      Enum.map(config.subscriptions, fn {pubsub, topic} ->
        {Subscriber, {config, pubsub, topic}}
      end)

    children =
      [
        {Registry, keys: :duplicate, name: config.registry, meta: [config: config]},
        {DynamicSupervisor, name: Config.process_name(config, Clients), strategy: :one_for_one}
      ] ++
        sinks ++
        [{Listener, config}, {Heartbeat, config}] ++
        topology ++
        subscribers

    Supervisor.init(children, strategy: :one_for_one)
  end
end
