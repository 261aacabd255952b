from karabakh_claims.cli import main

main()
