package main

// graphiqlPage is the in-browser IDE served at GET /graphql to browsers.
// The page itself is self-contained, but it loads React and GraphiQL from
// the unpkg CDN, so the browser needs internet access.
const graphiqlPage = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Bilateral relations graph — GraphiQL</title>
<style>body{margin:0;height:100vh}#graphiql{height:100vh}</style>
<link rel="stylesheet" href="https://unpkg.com/graphiql@3.7.1/graphiql.min.css">
</head>
<body>
<div id="graphiql">Loading GraphiQL…</div>
<script crossorigin src="https://unpkg.com/react@18.3.1/umd/react.production.min.js"></script>
<script crossorigin src="https://unpkg.com/react-dom@18.3.1/umd/react-dom.production.min.js"></script>
<script crossorigin src="https://unpkg.com/graphiql@3.7.1/graphiql.min.js"></script>
<script>
const fetcher = GraphiQL.createFetcher({ url: window.location.pathname });
const defaultQuery = '# Try: the bilateral summary of Kazakhstan and China\n{\n  relation(a: "KAZ", b: "CHN") {\n    partnership { level lastSeen }\n    trade { year valueUsd sources { sentence } }\n    events(first: 5) { nodes { date kind summary } }\n  }\n}\n';
ReactDOM.createRoot(document.getElementById('graphiql')).render(
  React.createElement(GraphiQL, { fetcher, defaultQuery }));
</script>
</body>
</html>
`
