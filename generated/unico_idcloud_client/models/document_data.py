from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, mask_values_repr

T = TypeVar("T", bound="DocumentData")


@_attrs_define
class DocumentData:
    """Fields extracted by OCR; which ones are present depends on the document type and on what could be read.

    Attributes:
        data_expiracao (str | Unset): Document expiration date.
        data_habilitacao (str | Unset): Document qualification date.
        data_nascimento (str | Unset): Person's birth date.
        nome_civil (str | Unset): Person's civil name.
        rg_numero (str | Unset): RG number.
        categoria (str | Unset): Category.
        cpf_numero (str | Unset): CPF number.
        data_emissao (str | Unset): Document issue date.
        local_emissao (str | Unset): Document issue location.
        numero (str | Unset): Document number.
        renach_numero (str | Unset): RENACH number.
    """

    data_expiracao: str | Unset = UNSET
    data_habilitacao: str | Unset = UNSET
    data_nascimento: str | Unset = UNSET
    nome_civil: str | Unset = UNSET
    rg_numero: str | Unset = UNSET
    categoria: str | Unset = UNSET
    cpf_numero: str | Unset = UNSET
    data_emissao: str | Unset = UNSET
    local_emissao: str | Unset = UNSET
    numero: str | Unset = UNSET
    renach_numero: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=mask_values_repr)

    def to_dict(self) -> dict[str, Any]:
        data_expiracao = self.data_expiracao

        data_habilitacao = self.data_habilitacao

        data_nascimento = self.data_nascimento

        nome_civil = self.nome_civil

        rg_numero = self.rg_numero

        categoria = self.categoria

        cpf_numero = self.cpf_numero

        data_emissao = self.data_emissao

        local_emissao = self.local_emissao

        numero = self.numero

        renach_numero = self.renach_numero

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data_expiracao is not UNSET:
            field_dict["dataExpiracao"] = data_expiracao
        if data_habilitacao is not UNSET:
            field_dict["dataHabilitacao"] = data_habilitacao
        if data_nascimento is not UNSET:
            field_dict["dataNascimento"] = data_nascimento
        if nome_civil is not UNSET:
            field_dict["nomeCivil"] = nome_civil
        if rg_numero is not UNSET:
            field_dict["rgNumero"] = rg_numero
        if categoria is not UNSET:
            field_dict["categoria"] = categoria
        if cpf_numero is not UNSET:
            field_dict["cpfNumero"] = cpf_numero
        if data_emissao is not UNSET:
            field_dict["dataEmissao"] = data_emissao
        if local_emissao is not UNSET:
            field_dict["localEmissao"] = local_emissao
        if numero is not UNSET:
            field_dict["numero"] = numero
        if renach_numero is not UNSET:
            field_dict["renachNumero"] = renach_numero

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        data_expiracao = d.pop("dataExpiracao", UNSET)

        data_habilitacao = d.pop("dataHabilitacao", UNSET)

        data_nascimento = d.pop("dataNascimento", UNSET)

        nome_civil = d.pop("nomeCivil", UNSET)

        rg_numero = d.pop("rgNumero", UNSET)

        categoria = d.pop("categoria", UNSET)

        cpf_numero = d.pop("cpfNumero", UNSET)

        data_emissao = d.pop("dataEmissao", UNSET)

        local_emissao = d.pop("localEmissao", UNSET)

        numero = d.pop("numero", UNSET)

        renach_numero = d.pop("renachNumero", UNSET)

        document_data = cls(
            data_expiracao=data_expiracao,
            data_habilitacao=data_habilitacao,
            data_nascimento=data_nascimento,
            nome_civil=nome_civil,
            rg_numero=rg_numero,
            categoria=categoria,
            cpf_numero=cpf_numero,
            data_emissao=data_emissao,
            local_emissao=local_emissao,
            numero=numero,
            renach_numero=renach_numero,
        )

        document_data.additional_properties = d
        return document_data

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
