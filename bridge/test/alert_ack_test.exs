defmodule ExESDBTop.Bridge.AlertAckTest do
  use ExUnit.Case, async: true

  alias ExESDBGater.Messages.AlertMessages
  alias ExESDBTop.Bridge.AlertAck

  test "builds the gater's AlertAck from a console line, with the real field names" do
    {:ok, ack} =
      AlertAck.from_message(%{
        "type" => "AlertAck",
        "alert_id" => "alert_12345",
        "ack_by" => "ops@node1",
        "ack_note" => "looking",
        "resolution" => "restarted node2",
        "ack_timestamp" => "2026-11-26T14:45:01.123+01:00"
      })

    assert %AlertMessages.AlertAck{
             alert_id: "alert_12345",
             ack_by: "ops@node1",
             ack_note: "looking"
           } = ack

    assert ack.resolution == "restarted node2"
    assert ack.ack_timestamp == ~U[2026-11-26 13:45:01.123Z]
    assert DateTime.diff(DateTime.utc_now(), ack.timestamp, :second) < 5
  end

  test "reads the guide's older names, epoch milliseconds and every accepted type name" do
    for type <- ["alert_ack", "alert_acknowledged", "ExESDBGater.Messages.AlertMessages.AlertAck"] do
      message = %{
        "type" => type,
        "alert_id" => "a",
        "acknowledged_by" => "me",
        "ack_message" => "note",
        "timestamp" => 1_795_700_701_123
      }

      assert {:ok, ack} = AlertAck.from_message(message)

      assert {ack.ack_by, ack.ack_note, ack.ack_timestamp} ==
               {"me", "note", ~U[2026-11-26 13:45:01.123Z]}
    end
  end

  test "fills who acknowledged and when when the console does not say" do
    {:ok, ack} = AlertAck.from_message(%{"type" => "AlertAck", "alert_id" => "a"})
    assert {ack.ack_by, ack.ack_note, ack.resolution} == {"exesdb-top", nil, nil}
    assert ack.ack_timestamp == ack.timestamp
  end

  test "refuses lines that are not an acknowledgement or carry bad fields" do
    for bad <- [
          %{"type" => "SystemAlert", "alert_id" => "a"},
          %{"alert_id" => "a"},
          %{"type" => "AlertAck"},
          %{"type" => "AlertAck", "alert_id" => ""},
          %{"type" => "AlertAck", "alert_id" => 7},
          %{"type" => "AlertAck", "alert_id" => String.duplicate("x", 5_000)},
          %{"type" => "AlertAck", "alert_id" => "a", "ack_by" => ["x"]},
          %{"type" => "AlertAck", "alert_id" => "a", "ack_timestamp" => "yesterday"},
          [1, 2],
          "AlertAck"
        ] do
      assert {:error, _reason} = AlertAck.from_message(bad), "accepted #{inspect(bad)}"
    end
  end
end
