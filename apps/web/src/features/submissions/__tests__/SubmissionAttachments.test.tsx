import type { MockLink } from '@apollo/client/testing';
import { SubmissionAttachmentsDocument, type AttachmentFieldsFragment } from '@oip/graphql';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../../../test/render';
import { SubmissionAttachments } from '../components/SubmissionAttachments';

const ID = 's0000000-0000-4000-8000-000000000001';

const file = (id: string, name: string): AttachmentFieldsFragment => ({
  __typename: 'Attachment',
  id,
  name,
  size: 2048,
  contentType: 'application/pdf',
  url: `/api/files/${id}`,
  confidential: true,
  createdAt: '2026-11-20T10:00:00.000Z',
});

function attachmentsMock(
  attachments: AttachmentFieldsFragment[],
  edit = true,
): MockLink.MockedResponse {
  return {
    request: { query: SubmissionAttachmentsDocument, variables: { id: ID } },
    result: {
      data: {
        __typename: 'Query',
        submission: {
          __typename: 'Submission',
          id: ID,
          viewerCan: { __typename: 'SubmissionViewerCan', edit },
          attachments,
        },
      },
    },
  };
}

/** The browser's XMLHttpRequest, answering every upload with `status` and `body`. */
function fakeUploads(status: number, body: unknown) {
  const sent: string[] = [];
  class FakeRequest {
    upload: { onprogress: ((event: ProgressEvent) => void) | null } = { onprogress: null };
    onload: (() => void) | null = null;
    onerror: (() => void) | null = null;
    status = 0;
    responseText = '';
    private url = '';
    open(_method: string, url: string) {
      this.url = url;
    }
    setRequestHeader() {}
    send() {
      sent.push(this.url);
      setTimeout(() => {
        this.status = status;
        this.responseText = JSON.stringify(body);
        this.onload?.();
      });
    }
  }
  const original = window.XMLHttpRequest;
  window.XMLHttpRequest = FakeRequest as unknown as typeof XMLHttpRequest;
  return { sent, restore: () => (window.XMLHttpRequest = original) };
}

describe('SubmissionAttachments', () => {
  it('asks to save the draft first when there is no proposal yet', () => {
    renderWithProviders(<SubmissionAttachments submissionId={null} editable />, { locale: 'en' });
    expect(screen.getByText(/once the draft is saved/)).toBeTruthy();
    expect(screen.queryByLabelText('Add an attachment to the proposal')).toBeNull();
  });

  it('uploads through a labelled file input and shows a refusal translated', async () => {
    const uploads = fakeUploads(409, { code: 'ATTACHMENT_LIMIT_REACHED', max: 10 });
    try {
      renderWithProviders(<SubmissionAttachments submissionId={ID} editable />, {
        mocks: [attachmentsMock([])],
      });
      const input = await screen.findByLabelText('Aggiungi un allegato alla proposta');
      expect(await screen.findByText('Nessun allegato.')).toBeTruthy();
      await userEvent.upload(input, new File(['ciao'], 'piano.txt', { type: 'text/plain' }));
      const alert = await screen.findByRole('alert');
      expect(alert.textContent).not.toMatch(/errors\./);
      expect(alert.textContent).toMatch(/10/);
      expect(uploads.sent).toEqual([`/api/submissions/${ID}/attachments`]);
    } finally {
      uploads.restore();
    }
  });

  it('removes a file only after confirmation, then lists the files again', async () => {
    const fetchMock = jest.fn(async () => ({ ok: true, json: async () => ({ deleted: true }) }));
    const original = global.fetch;
    global.fetch = fetchMock as unknown as typeof fetch;
    try {
      renderWithProviders(<SubmissionAttachments submissionId={ID} editable />, {
        locale: 'en',
        mocks: [attachmentsMock([file('f1', 'plan.pdf')]), attachmentsMock([])],
      });
      expect((await screen.findByRole('link', { name: 'plan.pdf' })).getAttribute('href')).toBe(
        '/api/files/f1',
      );
      await userEvent.click(screen.getByRole('button', { name: 'Remove plan.pdf' }));
      expect(fetchMock).not.toHaveBeenCalled();
      await userEvent.click(screen.getByRole('button', { name: 'Remove' }));
      await waitFor(() =>
        expect(fetchMock).toHaveBeenCalledWith(
          '/api/files/f1',
          expect.objectContaining({ method: 'DELETE' }),
        ),
      );
      expect(await screen.findByText('No attachments.')).toBeTruthy();
    } finally {
      global.fetch = original;
    }
  });

  it('only lists the files of a proposal that cannot be edited', async () => {
    renderWithProviders(<SubmissionAttachments submissionId={ID} editable={false} />, {
      locale: 'en',
      mocks: [attachmentsMock([file('f1', 'plan.pdf')], false)],
    });
    expect(await screen.findByRole('link', { name: 'plan.pdf' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Remove plan.pdf' })).toBeNull();
    expect(screen.queryByLabelText('Add an attachment to the proposal')).toBeNull();
  });
});
