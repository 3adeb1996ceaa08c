from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, mask_repr, mask_values_repr

T = TypeVar("T", bound="DocumentData")


@_attrs_define
class DocumentData:
    """Fields extracted by OCR from the captured document. Which appear depends on the document type (doc.code): CNH
    (driving licence), RG (general registration), CIN (national identity card), Passport, or UNKNOWN (no fields). A
    field that could not be extracted is not returned; fields not listed here may appear.

        Attributes:
            data_expiracao (datetime.datetime | Unset): Document expiration date (CNH, CIN, Passport).
            data_habilitacao (datetime.datetime | Unset): Date of the first driving licence (CNH).
            data_nascimento (datetime.datetime | Unset): Person's birth date (all types).
            nome_civil (str | Unset): Person's civil name (CNH, RG, CIN).
            rg_numero (str | Unset): RG number (CNH, CIN).
            categoria (str | Unset): Driving licence category (CNH).
            cpf_numero (str | Unset): CPF number (CNH, RG, CIN).
            data_emissao (datetime.datetime | Unset): Document issue date (all types).
            local_emissao (str | Unset): Document issue location (CNH, CIN).
            numero (str | Unset): Document number (CNH, RG, Passport).
            renach_numero (str | Unset): RENACH number (CNH).
            nome_social (str | Unset): Person's social name (RG, CIN).
            filiacao (list[str] | Unset): Parents' names (CNH, RG, CIN).
            orgao_emissor (str | Unset): Issuing authority (RG, CIN), e.g. "Secretaria Da Segurança Pública (SSP)".
            uf_emissor (str | Unset): Issuing state (RG), e.g. "UF_SP".
            carteira_profissional_numero (str | Unset): Professional licence number (RG).
            certificado_militar_numero (str | Unset): Military certificate number (RG).
            cns_numero (str | Unset): CNS (national health card) number (RG).
            nis_pis_pasep_numero (str | Unset): NIS/PIS/PASEP number (RG).
            ctps_numero (str | Unset): CTPS (work card) number (RG).
            ctps_serie (str | Unset): CTPS (work card) series (RG).
            ctps_uf (str | Unset): CTPS (work card) issuing state (RG).
            titulo_eleitor_numero (str | Unset): Voter registration number (RG).
            naturalidade (str | Unset): Place of birth (RG, CIN, Passport).
            nacionalidade (str | Unset): Nationality (CIN, Passport).
            nome (str | Unset): Given name (Passport).
            sobrenome (str | Unset): Surname (Passport).
            pais_emissor (str | Unset): Issuing country (Passport).
            autoridade (str | Unset): Issuing authority (Passport).
    """

    data_expiracao: datetime.datetime | Unset = UNSET
    data_habilitacao: datetime.datetime | Unset = UNSET
    data_nascimento: datetime.datetime | Unset = _attrs_field(default=UNSET, repr=mask_repr)
    nome_civil: str | Unset = _attrs_field(default=UNSET, repr=mask_repr)
    rg_numero: str | Unset = _attrs_field(default=UNSET, repr=mask_repr)
    categoria: str | Unset = UNSET
    cpf_numero: str | Unset = _attrs_field(default=UNSET, repr=mask_repr)
    data_emissao: datetime.datetime | Unset = UNSET
    local_emissao: str | Unset = UNSET
    numero: str | Unset = _attrs_field(default=UNSET, repr=mask_repr)
    renach_numero: str | Unset = _attrs_field(default=UNSET, repr=mask_repr)
    nome_social: str | Unset = _attrs_field(default=UNSET, repr=mask_repr)
    filiacao: list[str] | Unset = _attrs_field(default=UNSET, repr=mask_repr)
    orgao_emissor: str | Unset = UNSET
    uf_emissor: str | Unset = UNSET
    carteira_profissional_numero: str | Unset = _attrs_field(default=UNSET, repr=mask_repr)
    certificado_militar_numero: str | Unset = _attrs_field(default=UNSET, repr=mask_repr)
    cns_numero: str | Unset = _attrs_field(default=UNSET, repr=mask_repr)
    nis_pis_pasep_numero: str | Unset = _attrs_field(default=UNSET, repr=mask_repr)
    ctps_numero: str | Unset = _attrs_field(default=UNSET, repr=mask_repr)
    ctps_serie: str | Unset = _attrs_field(default=UNSET, repr=mask_repr)
    ctps_uf: str | Unset = UNSET
    titulo_eleitor_numero: str | Unset = _attrs_field(default=UNSET, repr=mask_repr)
    naturalidade: str | Unset = UNSET
    nacionalidade: str | Unset = UNSET
    nome: str | Unset = _attrs_field(default=UNSET, repr=mask_repr)
    sobrenome: str | Unset = _attrs_field(default=UNSET, repr=mask_repr)
    pais_emissor: str | Unset = UNSET
    autoridade: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=mask_values_repr)

    def to_dict(self) -> dict[str, Any]:
        data_expiracao: str | Unset = UNSET
        if not isinstance(self.data_expiracao, Unset):
            data_expiracao = self.data_expiracao.isoformat()

        data_habilitacao: str | Unset = UNSET
        if not isinstance(self.data_habilitacao, Unset):
            data_habilitacao = self.data_habilitacao.isoformat()

        data_nascimento: str | Unset = UNSET
        if not isinstance(self.data_nascimento, Unset):
            data_nascimento = self.data_nascimento.isoformat()

        nome_civil = self.nome_civil

        rg_numero = self.rg_numero

        categoria = self.categoria

        cpf_numero = self.cpf_numero

        data_emissao: str | Unset = UNSET
        if not isinstance(self.data_emissao, Unset):
            data_emissao = self.data_emissao.isoformat()

        local_emissao = self.local_emissao

        numero = self.numero

        renach_numero = self.renach_numero

        nome_social = self.nome_social

        filiacao: list[str] | Unset = UNSET
        if not isinstance(self.filiacao, Unset):
            filiacao = self.filiacao

        orgao_emissor = self.orgao_emissor

        uf_emissor = self.uf_emissor

        carteira_profissional_numero = self.carteira_profissional_numero

        certificado_militar_numero = self.certificado_militar_numero

        cns_numero = self.cns_numero

        nis_pis_pasep_numero = self.nis_pis_pasep_numero

        ctps_numero = self.ctps_numero

        ctps_serie = self.ctps_serie

        ctps_uf = self.ctps_uf

        titulo_eleitor_numero = self.titulo_eleitor_numero

        naturalidade = self.naturalidade

        nacionalidade = self.nacionalidade

        nome = self.nome

        sobrenome = self.sobrenome

        pais_emissor = self.pais_emissor

        autoridade = self.autoridade

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
        if nome_social is not UNSET:
            field_dict["nomeSocial"] = nome_social
        if filiacao is not UNSET:
            field_dict["filiacao"] = filiacao
        if orgao_emissor is not UNSET:
            field_dict["orgaoEmissor"] = orgao_emissor
        if uf_emissor is not UNSET:
            field_dict["ufEmissor"] = uf_emissor
        if carteira_profissional_numero is not UNSET:
            field_dict["carteiraProfissionalNumero"] = carteira_profissional_numero
        if certificado_militar_numero is not UNSET:
            field_dict["certificadoMilitarNumero"] = certificado_militar_numero
        if cns_numero is not UNSET:
            field_dict["cnsNumero"] = cns_numero
        if nis_pis_pasep_numero is not UNSET:
            field_dict["nisPisPasepNumero"] = nis_pis_pasep_numero
        if ctps_numero is not UNSET:
            field_dict["ctpsNumero"] = ctps_numero
        if ctps_serie is not UNSET:
            field_dict["ctpsSerie"] = ctps_serie
        if ctps_uf is not UNSET:
            field_dict["ctpsUf"] = ctps_uf
        if titulo_eleitor_numero is not UNSET:
            field_dict["tituloEleitorNumero"] = titulo_eleitor_numero
        if naturalidade is not UNSET:
            field_dict["naturalidade"] = naturalidade
        if nacionalidade is not UNSET:
            field_dict["nacionalidade"] = nacionalidade
        if nome is not UNSET:
            field_dict["nome"] = nome
        if sobrenome is not UNSET:
            field_dict["sobrenome"] = sobrenome
        if pais_emissor is not UNSET:
            field_dict["paisEmissor"] = pais_emissor
        if autoridade is not UNSET:
            field_dict["autoridade"] = autoridade

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, (dict, Mapping)):  # dict first: the ABC check alone is ~10x slower
            raise TypeError(f"{cls.__name__} is built from a JSON object, not from {type(src_dict).__name__}")
        d = dict(src_dict)
        _data_expiracao = d.pop("dataExpiracao", UNSET)
        data_expiracao: datetime.datetime | Unset
        if isinstance(_data_expiracao, Unset):
            data_expiracao = UNSET
        else:
            data_expiracao = datetime.datetime.fromisoformat(_data_expiracao)

        _data_habilitacao = d.pop("dataHabilitacao", UNSET)
        data_habilitacao: datetime.datetime | Unset
        if isinstance(_data_habilitacao, Unset):
            data_habilitacao = UNSET
        else:
            data_habilitacao = datetime.datetime.fromisoformat(_data_habilitacao)

        _data_nascimento = d.pop("dataNascimento", UNSET)
        data_nascimento: datetime.datetime | Unset
        if isinstance(_data_nascimento, Unset):
            data_nascimento = UNSET
        else:
            data_nascimento = datetime.datetime.fromisoformat(_data_nascimento)

        nome_civil = d.pop("nomeCivil", UNSET)

        rg_numero = d.pop("rgNumero", UNSET)

        categoria = d.pop("categoria", UNSET)

        cpf_numero = d.pop("cpfNumero", UNSET)

        _data_emissao = d.pop("dataEmissao", UNSET)
        data_emissao: datetime.datetime | Unset
        if isinstance(_data_emissao, Unset):
            data_emissao = UNSET
        else:
            data_emissao = datetime.datetime.fromisoformat(_data_emissao)

        local_emissao = d.pop("localEmissao", UNSET)

        numero = d.pop("numero", UNSET)

        renach_numero = d.pop("renachNumero", UNSET)

        nome_social = d.pop("nomeSocial", UNSET)

        filiacao = cast(list[str], d.pop("filiacao", UNSET))

        orgao_emissor = d.pop("orgaoEmissor", UNSET)

        uf_emissor = d.pop("ufEmissor", UNSET)

        carteira_profissional_numero = d.pop("carteiraProfissionalNumero", UNSET)

        certificado_militar_numero = d.pop("certificadoMilitarNumero", UNSET)

        cns_numero = d.pop("cnsNumero", UNSET)

        nis_pis_pasep_numero = d.pop("nisPisPasepNumero", UNSET)

        ctps_numero = d.pop("ctpsNumero", UNSET)

        ctps_serie = d.pop("ctpsSerie", UNSET)

        ctps_uf = d.pop("ctpsUf", UNSET)

        titulo_eleitor_numero = d.pop("tituloEleitorNumero", UNSET)

        naturalidade = d.pop("naturalidade", UNSET)

        nacionalidade = d.pop("nacionalidade", UNSET)

        nome = d.pop("nome", UNSET)

        sobrenome = d.pop("sobrenome", UNSET)

        pais_emissor = d.pop("paisEmissor", UNSET)

        autoridade = d.pop("autoridade", UNSET)

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
            nome_social=nome_social,
            filiacao=filiacao,
            orgao_emissor=orgao_emissor,
            uf_emissor=uf_emissor,
            carteira_profissional_numero=carteira_profissional_numero,
            certificado_militar_numero=certificado_militar_numero,
            cns_numero=cns_numero,
            nis_pis_pasep_numero=nis_pis_pasep_numero,
            ctps_numero=ctps_numero,
            ctps_serie=ctps_serie,
            ctps_uf=ctps_uf,
            titulo_eleitor_numero=titulo_eleitor_numero,
            naturalidade=naturalidade,
            nacionalidade=nacionalidade,
            nome=nome,
            sobrenome=sobrenome,
            pais_emissor=pais_emissor,
            autoridade=autoridade,
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
