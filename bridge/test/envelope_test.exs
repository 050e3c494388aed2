defmodule ExESDBTop.Bridge.EnvelopeTest do
  use ExUnit.Case, async: true

  alias ExESDBGater.Messages.HealthMessages.ClusterHealth
  alias ExESDBTop.Bridge.Envelope

  @health %ClusterHealth{status: :healthy, healthy_nodes: 3, total_nodes: 3}
  @message {:cluster_health_updated, @health}
  @secret "s3cret-key-base"

  # What ex-esdb-gater's generate_signature/1 computes, written out independently.
  defp gater_hmac(message, secret),
    do: :crypto.mac(:hmac, :sha256, secret, :erlang.term_to_binary(message))

  test "opens a secure message whose HMAC ex-esdb-gater made with the same secret" do
    secure = {:secure_message, gater_hmac(@message, @secret), @message}
    assert Envelope.open(secure, @secret) == {:ok, :cluster_health_updated, @health}
  end

  test "refuses a secure message signed with another secret, or altered after signing" do
    forged = {:secure_message, gater_hmac(@message, "other"), @message}

    altered =
      {:secure_message, gater_hmac(@message, @secret),
       {:cluster_health_updated, %{@health | healthy_nodes: 1}}}

    assert Envelope.open(forged, @secret) == {:error, :forged}
    assert Envelope.open(altered, @secret) == {:error, :forged}
    assert Envelope.open({:secure_message, "short", @message}, @secret) == {:error, :forged}
    assert Envelope.open({:secure_message, nil, @message}, @secret) == {:error, :forged}
  end

  test "cannot check a secure message without a secret" do
    secure = {:secure_message, gater_hmac(@message, @secret), @message}
    assert Envelope.open(secure, nil) == {:error, :unverifiable}
  end

  test "opens unsecured and bare messages, and refuses unsecured ones only when asked" do
    assert Envelope.open({:unsecured_message, @message}, nil) ==
             {:ok, :cluster_health_updated, @health}

    assert Envelope.open({:unsecured_message, @message}, @secret) ==
             {:ok, :cluster_health_updated, @health}

    assert Envelope.open({:unsecured_message, @message}, @secret, true) ==
             {:error, :unsecured_rejected}

    assert Envelope.open({:unsecured_message, @message}, nil, true) ==
             {:ok, :cluster_health_updated, @health}

    assert Envelope.open({:log_event, %{message: "hi"}}, @secret, true) ==
             {:ok, :log_event, %{message: "hi"}}
  end

  test "refuses anything else" do
    for other <- [
          :tick,
          {"tag", 1},
          {:a, 1, 2},
          {:unsecured_message, :x},
          {:secure_message, "h", :x},
          "text"
        ] do
      assert Envelope.open(other, @secret) == {:error, :unknown_shape}
    end
  end

  test "seals as ExESDB broadcasts: signed with a secret, unsecured without" do
    assert Envelope.seal(@message, @secret) ==
             {:secure_message, gater_hmac(@message, @secret), @message}

    assert Envelope.seal(@message, nil) == {:unsecured_message, @message}
  end
end
