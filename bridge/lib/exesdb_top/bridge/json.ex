defmodule ExESDBTop.Bridge.JSON do
  @moduledoc """
  JSON for the bridge through whichever implementation the node has: Jason when it is
  loaded, else OTP 27's `:json`, else the bridge's own `ExESDBTop.Bridge.JSON.Own`.

  Values given to `encode_object/2` are plain terms (see `ExESDBTop.Bridge.Normalize`):
  maps with string keys, lists, UTF-8 binaries, numbers, booleans and `nil` for `null`.
  The object's keys are written in the order given, whatever the backend.
  """

  alias ExESDBTop.Bridge.JSON.Own

  @typedoc "A JSON implementation."
  @type backend :: :jason | :otp | :own

  @doc "The best backend available on this node."
  @spec default_backend() :: backend()
  def default_backend do
    cond do
      available?(:jason) -> :jason
      available?(:otp) -> :otp
      true -> :own
    end
  end

  @doc "Whether `backend` can be used on this node."
  @spec available?(backend()) :: boolean()
  def available?(:jason), do: Code.ensure_loaded?(Jason)
  def available?(:otp), do: Code.ensure_loaded?(:json) and function_exported?(:json, :encode, 2)
  def available?(:own), do: true

  @doc "Encodes `[{key, value}]` as one JSON object (a binary), keeping the pairs' order."
  @spec encode_object([{String.t(), term()}], backend()) :: binary()
  def encode_object(pairs, backend) do
    members =
      pairs
      |> Enum.map(fn {key, value} ->
        [Own.encode_string(key), ?:, encode_value(value, backend)]
      end)
      |> Enum.intersperse(?,)

    IO.iodata_to_binary([?{, members, ?}])
  end

  @doc "Encodes one plain value as JSON iodata."
  @spec encode_value(term(), backend()) :: iodata()
  def encode_value(value, :jason), do: apply(Jason, :encode_to_iodata!, [value])
  def encode_value(value, :otp), do: apply(:json, :encode, [value, &otp_encoder/2])
  def encode_value(value, :own), do: Own.encode(value)

  # :json writes atoms as strings, so nil needs saying as null.
  defp otp_encoder(nil, _encode), do: "null"
  defp otp_encoder(value, encode), do: apply(:json, :encode_value, [value, encode])

  @doc "Decodes one JSON text; objects become maps with string keys and `null` becomes `nil`."
  @spec decode(binary(), backend()) :: {:ok, term()} | {:error, term()}
  def decode(text, :jason), do: apply(Jason, :decode, [text])

  def decode(text, :otp) do
    {:ok, text |> then(&apply(:json, :decode, [&1])) |> null_to_nil()}
  rescue
    error -> {:error, error}
  end

  def decode(text, :own), do: Own.decode(text)

  defp null_to_nil(:null), do: nil
  defp null_to_nil(list) when is_list(list), do: Enum.map(list, &null_to_nil/1)
  defp null_to_nil(map) when is_map(map), do: Map.new(map, fn {k, v} -> {k, null_to_nil(v)} end)
  defp null_to_nil(value), do: value
end
