defmodule ExESDBTop.Bridge.Line do
  @moduledoc """
  Builds the NDJSON lines of docs/protocol.md: one JSON object and `\\n` per line.

  Envelope keys come first, in this order: `type`, `tag`, `pubsub`, `topic`, `node`,
  `seq`; then the payload's fields under their own names, sorted. `type` is the
  struct's short module name (`ClusterHealth`), or the tag in CamelCase for a map
  payload (`{:log_event, map}` is `LogEvent`). `node` is the payload's node when it
  has one, else the bridge's node. A payload without a `timestamp` (or with `nil`) gets the
  time the bridge saw it. A payload field that would clash with an envelope key is kept with a
  leading underscore (`_type`). A payload that is not a map is kept under `value`.
  """

  alias ExESDBTop.Bridge.{Config, JSON, Normalize}

  @envelope ~w(type tag pubsub topic node seq)

  @doc "The line for a PubSub message `{tag, payload}` seen on `pubsub`/`topic`."
  @spec event(Config.t(), atom(), term(), atom(), String.t()) ::
          {:ok, binary()} | {:error, :oversized}
  def event(config, tag, payload, pubsub, topic) do
    fields = payload_fields(payload)
    {node, fields} = Map.pop(fields, "node")
    fields = if fields["timestamp"] == nil, do: Map.put(fields, "timestamp", now()), else: fields

    envelope = [
      {"type", type_name(tag, payload)},
      {"tag", Normalize.atom_text(tag)},
      {"pubsub", Normalize.plain(pubsub)},
      {"topic", Normalize.plain(topic)},
      {"node", node || Normalize.atom_text(Node.self())},
      {"seq", Config.next_seq(config)}
    ]

    render(config, envelope ++ Enum.sort(fields))
  end

  @doc "A Heartbeat line: `sequence` counts heartbeats, `counters` are the bridge's stats."
  @spec heartbeat(Config.t(), pos_integer(), non_neg_integer(), map()) ::
          {:ok, binary()} | {:error, :oversized}
  def heartbeat(config, sequence, clients, counters) do
    render(config, [
      {"type", "Heartbeat"},
      {"tag", "heartbeat"},
      {"node", Normalize.atom_text(Node.self())},
      {"seq", Config.next_seq(config)},
      {"sequence", sequence},
      {"interval_ms", config.heartbeat_interval_ms},
      {"clients", clients},
      {"counters", Normalize.plain(counters)},
      {"timestamp", now()}
    ])
  end

  @doc """
  A StoreTopology line. `members` of `{:ok, nodes}` gives `quorum_size` = members div 2 + 1;
  a failed lookup gives `null` for what is unknown and the reason under `error`.
  """
  @spec topology(
          Config.t(),
          term(),
          {:ok, node() | nil} | {:error, term()},
          {:ok, [node()]} | {:error, term()}
        ) ::
          {:ok, binary()} | {:error, :oversized}
  def topology(config, store, leader, members) do
    errors =
      for {what, {:error, reason}} <- [leader: leader, members: members],
          do: "#{what}: #{inspect(reason)}"

    {member_list, quorum} =
      case members do
        {:ok, nodes} -> {Enum.map(nodes, &Normalize.plain/1), div(length(nodes), 2) + 1}
        {:error, _} -> {[], nil}
      end

    leader_node = with {:ok, node} <- leader, do: Normalize.plain(node), else: (_ -> nil)

    render(
      config,
      [
        {"type", "StoreTopology"},
        {"tag", "store_topology"},
        {"node", Normalize.atom_text(Node.self())},
        {"seq", Config.next_seq(config)},
        {"store", Normalize.plain(store)},
        {"leader", leader_node},
        {"members", member_list},
        {"quorum_size", quorum},
        {"timestamp", now()}
      ] ++ if(errors == [], do: [], else: [{"error", Enum.join(errors, "; ")}])
    )
  end

  @doc "The `type` of a message: struct short name, else the tag in CamelCase."
  @spec type_name(atom(), term()) :: String.t()
  def type_name(_tag, %module{}) when module not in [DateTime, NaiveDateTime, Date, Time],
    do: module |> Module.split() |> List.last()

  def type_name(tag, _payload), do: tag |> Atom.to_string() |> Macro.camelize()

  defp payload_fields(payload) when is_map(payload) do
    payload
    |> Normalize.plain()
    |> Map.new(fn {key, value} ->
      if key in @envelope and key != "node", do: {"_" <> key, value}, else: {key, value}
    end)
  end

  defp payload_fields(payload), do: %{"value" => Normalize.plain(payload)}

  defp render(config, pairs) do
    line = JSON.encode_object(pairs, config.json) <> "\n"
    if byte_size(line) <= config.max_line_bytes, do: {:ok, line}, else: {:error, :oversized}
  end

  defp now, do: DateTime.utc_now() |> DateTime.truncate(:millisecond) |> DateTime.to_iso8601()
end
