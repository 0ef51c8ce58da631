-- Drives Neovim's own LSP client against `mortgage-lens lsp --stdio` for test/editors/neovim.test.ts, the
-- way a user's config would: open the file, start and attach the client, wait for diagnostics, hover a term,
-- apply the first quick fix, :write. It records what it saw in ML_RESULT (JSON) and quits; the test asserts.
-- The client is started by ML_CONFIG, the README's config for this Neovim: on 0.7 vim.lsp.start_client +
-- vim.lsp.buf_attach_client, on 0.8+ vim.lsp.start.
local result = { nvim = tostring(vim.version().major) .. '.' .. vim.version().minor .. '.' .. vim.version().patch }
local TIMEOUT = tonumber(vim.env.ML_TIMEOUT_MS) or 15000

local function finish(code)
  local out = io.open(vim.env.ML_RESULT, 'w')
  out:write(vim.fn.json_encode(result))
  out:close()
  vim.cmd((code == 0 and 'qall!') or 'cquit ' .. code)
end

local function run()
  local file = vim.env.ML_FILE

  -- The server's own LSP diagnostics, as published (vim.diagnostic keeps a converted copy); set before the
  -- client starts.
  local published = {}
  local default_publish = vim.lsp.handlers['textDocument/publishDiagnostics']
  vim.lsp.handlers['textDocument/publishDiagnostics'] = function(err, params, ctx, config)
    if params and params.uri == vim.uri_from_fname(file) then published = params.diagnostics end
    return default_publish(err, params, ctx, config)
  end

  -- The README's init.lua lines for this Neovim (a FileType autocmd that starts the client): opening the
  -- file starts it, as in a user's editor.
  local config = io.open(vim.env.ML_CONFIG):read('*a')
  result.api = config:find('vim.lsp.start(', 1, true) and 'vim.lsp.start'
    or (config:find('vim.lsp.start_client(', 1, true) and 'vim.lsp.start_client')
    or 'neither'
  dofile(vim.env.ML_CONFIG)
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local buf = vim.api.nvim_get_current_buf()
  result.filetype = vim.bo[buf].filetype

  local clients = vim.lsp.get_clients or vim.lsp.get_active_clients -- 0.10+, 0.7-0.9
  local client_id
  vim.wait(TIMEOUT, function()
    for _, client in pairs(clients()) do
      if client.name == 'mortgage-lens' and vim.lsp.buf_is_attached(buf, client.id) then
        client_id = client.id
        return true
      end
    end
    return false
  end, 20)
  if not client_id then error('the README config started no client for the buffer') end

  if not vim.wait(TIMEOUT, function() return #vim.diagnostic.get(buf) > 0 end, 20) then
    error('no diagnostics within ' .. TIMEOUT .. ' ms')
  end
  result.diagnostics = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    table.insert(result.diagnostics, { lnum = d.lnum, col = d.col, severity = d.severity, message = d.message })
  end

  -- Hover: where the test says the term is (0-based line, UTF-16 character; the text is ASCII).
  local uri = vim.uri_from_bufnr(buf)
  local at = vim.fn.json_decode(vim.env.ML_HOVER_AT)
  local hovers = vim.lsp.buf_request_sync(buf, 'textDocument/hover', {
    textDocument = { uri = uri },
    position = at,
  }, TIMEOUT)
  local hover = hovers and hovers[client_id] and hovers[client_id].result
  result.hover = hover and hover.contents and (hover.contents.value or hover.contents) or vim.NIL

  -- The first quick fix for the first diagnostic, as a code-action menu would list it.
  local first = published[1]
  if not first then error('no published diagnostic to fix') end
  local actions = vim.lsp.buf_request_sync(buf, 'textDocument/codeAction', {
    textDocument = { uri = uri },
    range = first.range,
    context = { diagnostics = { first }, only = { 'quickfix' } },
  }, TIMEOUT)
  local list = actions and actions[client_id] and actions[client_id].result or {}
  result.titles = {}
  for _, listed in ipairs(list) do table.insert(result.titles, listed.title) end
  local action = list[1]
  if not action or not action.edit then error('no quick fix with an edit for: ' .. first.message) end
  result.action = action.title
  local client = vim.lsp.get_client_by_id(client_id)
  vim.lsp.util.apply_workspace_edit(action.edit, client.offset_encoding or 'utf-16')
  vim.cmd('write')
  result.written = true

  -- The edit reached the server: the fixed claim's diagnostic goes away.
  result.cleared = vim.wait(TIMEOUT, function() return #vim.diagnostic.get(buf) < #result.diagnostics end, 20)
  vim.lsp.stop_client(client_id)
end

local ok, err = pcall(run)
if not ok then
  result.error = tostring(err)
  finish(1)
else
  finish(0)
end
