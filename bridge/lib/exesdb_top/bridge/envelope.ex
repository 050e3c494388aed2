defmodule ExESDBTop.Bridge.Envelope do
  @moduledoc """
  The three shapes ExESDB puts on its PubSub servers, and their HMAC.

  - `{:secure_message, hmac, {tag, payload}}` when the node has a secret,
  - `{:unsecured_message, {tag, payload}}` when it has none,
  - bare `{tag, payload}` (EmitterWorker's `{:log_event, map}`, older code).

  The HMAC is what ex-esdb-gater's `generate_signature/1` computes in every
  `ExESDBGater.Messages.*Messages` module: HMAC-SHA256, keyed with the secret as given,
  over `:erlang.term_to_binary({tag, payload})`, as a raw 32-byte binary.
  """

  @typedoc "A secret used as the HMAC key, or `nil` when the node has none."
  @type secret :: binary() | nil

  @typedoc "Why a message was not accepted."
  @type refusal :: :forged | :unverifiable | :unsecured_rejected | :unknown_shape

  @doc """
  Opens a message: `{:ok, tag, payload}` or `{:error, refusal}`.

  A secure message needs a secret to be checked: without one it is `:unverifiable`;
  with one, a wrong HMAC is `:forged`. An unsecured message is accepted unless
  `reject_unsecured?` is true and a secret is set (what ex-esdb-gater's own validator does).
  """
  @spec open(term(), secret(), boolean()) :: {:ok, atom(), term()} | {:error, refusal()}
  def open(message, secret, reject_unsecured? \\ false)

  def open({:secure_message, hmac, {tag, payload} = inner}, secret, _reject) when is_atom(tag) do
    cond do
      secret in [nil, ""] -> {:error, :unverifiable}
      authentic?(hmac, inner, secret) -> {:ok, tag, payload}
      true -> {:error, :forged}
    end
  end

  def open({:unsecured_message, {tag, payload}}, secret, reject_unsecured?) when is_atom(tag) do
    if reject_unsecured? and secret not in [nil, ""],
      do: {:error, :unsecured_rejected},
      else: {:ok, tag, payload}
  end

  def open({tag, payload}, _secret, _reject)
      when is_atom(tag) and tag not in [:secure_message, :unsecured_message],
      do: {:ok, tag, payload}

  def open(_message, _secret, _reject), do: {:error, :unknown_shape}

  @doc "Wraps `{tag, payload}` the way ExESDB broadcasts it: signed when a secret is set."
  @spec seal({atom(), term()}, secret()) :: tuple()
  def seal(message, secret) when secret in [nil, ""], do: {:unsecured_message, message}
  def seal(message, secret), do: {:secure_message, signature(message, secret), message}

  @doc "The HMAC-SHA256 of `message` under `secret`, as ex-esdb-gater computes it."
  @spec signature(term(), binary()) :: binary()
  def signature(message, secret),
    do: :crypto.mac(:hmac, :sha256, secret, :erlang.term_to_binary(message))

  defp authentic?(hmac, inner, secret) when is_binary(hmac) and byte_size(hmac) == 32,
    do: :crypto.hash_equals(hmac, signature(inner, secret))

  defp authentic?(_hmac, _inner, _secret), do: false
end
