module github.com/bilateral-kg/bilateral

go 1.26.8
