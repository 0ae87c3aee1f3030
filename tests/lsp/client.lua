-- Drives `factlint lsp` through Neovim's built-in LSP client, headless: the Rust test
-- (tests/lsp.rs) sets FACTLINT, ROOT, ARTICLE and RESULT, runs this file and reads RESULT.
local out = {}
local function run()
  local initialized = false
  local client_id = vim.lsp.start_client({
    name = 'factlint',
    cmd = { FACTLINT, 'lsp' },
    root_dir = ROOT,
    on_init = function() initialized = true end,
  })
  out.initialized = vim.wait(10000, function() return initialized end, 10)
  vim.cmd('edit ' .. vim.fn.fnameescape(ARTICLE))
  local buf = vim.api.nvim_get_current_buf()
  vim.lsp.buf_attach_client(buf, client_id)

  local function diagnostics()
    local list = {}
    for _, d in ipairs(vim.diagnostic.get(buf)) do
      local lsp = (d.user_data or {}).lsp or {}
      table.insert(list, {
        lnum = d.lnum, col = d.col, end_col = d.end_col, severity = d.severity,
        message = d.message, code = d.code or lsp.code,
        href = (lsp.codeDescription or {}).href,
      })
    end
    table.sort(list, function(a, b) return a.lnum < b.lnum or (a.lnum == b.lnum and a.col < b.col) end)
    return list
  end
  local function wait_for(count)
    vim.wait(10000, function() return #vim.diagnostic.get(buf) == count end, 10)
    return diagnostics()
  end

  out.opened = wait_for(2)
  local first = out.opened[1]
  vim.api.nvim_win_set_cursor(0, { first.lnum + 1, first.col })

  local hover = vim.lsp.buf_request_sync(buf, 'textDocument/hover',
    vim.lsp.util.make_position_params(0, 'utf-16'), 5000)
  out.hover = hover[client_id].result.contents.value

  local params = vim.lsp.util.make_range_params(0, 'utf-16')
  params.context = { diagnostics = {} }
  local actions = vim.lsp.buf_request_sync(buf, 'textDocument/codeAction', params, 5000)
  actions = actions[client_id].result
  out.actions = {}
  for _, action in ipairs(actions) do table.insert(out.actions, action.title) end
  vim.lsp.util.apply_workspace_edit(actions[1].edit, 'utf-16')
  out.after_fix = wait_for(1)

  vim.api.nvim_buf_set_lines(buf, -1, -1, false, { '🎉🎉 Kim Jong-un at the end.' })
  out.after_change = wait_for(2)
  out.lines = vim.api.nvim_buf_get_lines(buf, 0, -1, false)

  local unknown = vim.lsp.buf_request_sync(buf, 'factlint/unknown', {}, 5000)
  local answer = unknown[client_id]
  out.unknown_error = (answer.err or answer.error).code

  vim.lsp.stop_client(client_id)
  out.stopped = vim.wait(10000, function() return vim.lsp.client_is_stopped(client_id) end, 10)
end
local ok, error = pcall(run)
if not ok then out.error = tostring(error) end
vim.fn.writefile({ vim.fn.json_encode(out) }, RESULT)
vim.cmd('qa!')
