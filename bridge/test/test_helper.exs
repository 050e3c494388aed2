alias ExESDBTop.Bridge.JSON

skipped =
  for {backend, why} <- [
        jason: "Jason is not loaded (this project has no Hex deps)",
        otp: "OTP #{System.otp_release()} has no :json (OTP 27+)"
      ],
      not JSON.available?(backend) do
    IO.puts("Skipping the #{backend} JSON backend tests: #{why}.")
    {:json_backend, backend}
  end

ExUnit.start(exclude: skipped, capture_log: true)
